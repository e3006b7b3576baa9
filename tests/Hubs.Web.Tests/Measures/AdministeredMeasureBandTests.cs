using System.Text.Json;
using Hubs.Web.Features.Questionnaires;
using Hubs.Web.Tests.Questionnaires;

namespace Hubs.Web.Tests.Measures;

/// <summary>
/// Every band boundary of every measure, given by a clinician through the API and scored by the questionnaire
/// engine (the bands of src/DOMAIN-RULES.md; inclusive). The answer is the result as recorded.
/// </summary>
public sealed class AdministeredMeasureBandTests(WebHostFixture web) : IClassFixture<WebHostFixture>
{
    public static TheoryData<MeasureId, int, string, bool?> Boundaries =>
        new()
        {
            { MeasureId.Phq9, 0, "minimal", false },
            { MeasureId.Phq9, 4, "minimal", false },
            { MeasureId.Phq9, 5, "mild", false },
            { MeasureId.Phq9, 9, "mild", false },
            { MeasureId.Phq9, 10, "moderate", true },
            { MeasureId.Phq9, 14, "moderate", true },
            { MeasureId.Phq9, 15, "moderately-severe", true },
            { MeasureId.Phq9, 19, "moderately-severe", true },
            { MeasureId.Phq9, 20, "severe", true },
            { MeasureId.Phq9, 24, "severe", true },
            { MeasureId.Gad7, 4, "minimal", false },
            { MeasureId.Gad7, 5, "mild", false },
            { MeasureId.Gad7, 7, "mild", false },
            { MeasureId.Gad7, 8, "mild", true },
            { MeasureId.Gad7, 9, "mild", true },
            { MeasureId.Gad7, 10, "moderate", true },
            { MeasureId.Gad7, 14, "moderate", true },
            { MeasureId.Gad7, 15, "severe", true },
            { MeasureId.Gad7, 21, "severe", true },
            { MeasureId.Phq2, 2, "negative", null },
            { MeasureId.Phq2, 3, "positive", null },
            { MeasureId.Gad2, 2, "negative", null },
            { MeasureId.Gad2, 3, "positive", null },
            { MeasureId.AuditC, 4, "negative", null },
            { MeasureId.AuditC, 5, "positive", null },
            { MeasureId.AuditC, 12, "positive", null },
            { MeasureId.Audit, 7, "lower-risk", null },
            { MeasureId.Audit, 8, "increasing-risk", null },
            { MeasureId.Audit, 15, "increasing-risk", null },
            { MeasureId.Audit, 16, "higher-risk", null },
            { MeasureId.Audit, 19, "higher-risk", null },
            { MeasureId.Audit, 20, "possible-dependence", null },
            { MeasureId.Audit, 40, "possible-dependence", null },
            { MeasureId.Pcl5, 32, "below-cut-off", null },
            { MeasureId.Pcl5, 33, "probable-ptsd", null },
            { MeasureId.Isi, 7, "none", null },
            { MeasureId.Isi, 8, "subthreshold", null },
            { MeasureId.Isi, 14, "subthreshold", null },
            { MeasureId.Isi, 15, "moderate", null },
            { MeasureId.Isi, 21, "moderate", null },
            { MeasureId.Isi, 22, "severe", null },
            { MeasureId.Wsas, 9, "subclinical", null },
            { MeasureId.Wsas, 10, "significant", null },
            { MeasureId.Wsas, 20, "significant", null },
            { MeasureId.Wsas, 21, "moderately-severe-or-worse", null },
            { MeasureId.Wsas, 40, "moderately-severe-or-worse", null },
        };

    [Theory]
    [MemberData(nameof(Boundaries))]
    public async Task Each_total_is_banded_as_published(MeasureId measure, int total, string band, bool? atCaseness)
    {
        var clinician = Staff.Clinician();
        var journey = await Triaged.JourneyAsync(web.Client, clinician);

        var result = await journey.OkAsync(
            clinician,
            "measures",
            new
            {
                measure = Code(measure),
                occasion = "review",
                answers = Answers.Totalling(measure, total),
            }
        );

        Assert.Equal((total, band), (result.GetProperty("total").GetInt32(), result.GetProperty("band").GetString()));
        Assert.Equal(
            atCaseness,
            result.GetProperty("atCaseness").ValueKind == JsonValueKind.Null
                ? null
                : result.GetProperty("atCaseness").GetBoolean()
        );
    }

    /// <summary>The measure as the API names it ("audit-c").</summary>
    private static string Code(MeasureId measure) => JsonNamingPolicy.KebabCaseLower.ConvertName(measure.ToString());

    [Fact]
    public async Task Pcl5_is_read_at_the_hubs_own_cut_off()
    {
        var clinician = Staff.Clinician("south");
        var journey = await Triaged.JourneyAsync(web.Client, clinician, "south");
        var seen = new List<(int, int, string)>();
        foreach (var cutOff in new[] { 31, 32 })
        {
            await ScreeningWalk.ConfigureAsync(web.Host.Services, "south", cutOff);
            foreach (var total in new[] { cutOff - 1, cutOff })
            {
                var body = new
                {
                    measure = "pcl5",
                    occasion = "assessment",
                    answers = Answers.Totalling(MeasureId.Pcl5, total),
                };
                seen.Add(
                    (
                        cutOff,
                        total,
                        (await journey.OkAsync(clinician, "measures", body)).GetProperty("band").GetString()!
                    )
                );
            }
        }

        Assert.Equal(
            [
                (31, 30, "below-cut-off"),
                (31, 31, "probable-ptsd"),
                (32, 31, "below-cut-off"),
                (32, 32, "probable-ptsd"),
            ],
            seen
        );
    }

    public static TheoryData<string, int[]> ItqCases =>
        new()
        {
            // P1..P6, P7..P9, C1..C6, C7..C9; a symptom is present at 2 or more.
            { "complex-ptsd", [2, 0, 0, 2, 2, 0, 0, 0, 2, 0, 2, 2, 0, 0, 2, 2, 0, 0] },
            { "ptsd", [0, 2, 2, 0, 0, 2, 2, 0, 0, 2, 0, 2, 0, 1, 1, 2, 0, 0] }, // no C5/C6 at 2: not complex
            { "ptsd", [4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 1, 1, 1] }, // no self-organisation impairment
            // no arousal: neither, whatever C is
            { "no-diagnosis", [2, 2, 2, 2, 1, 1, 2, 2, 2, 4, 4, 4, 4, 4, 4, 4, 4, 4] },
            // no functional impairment for PTSD
            { "no-diagnosis", [2, 0, 2, 0, 2, 0, 1, 1, 1, 2, 0, 2, 0, 2, 0, 2, 0, 0] },
        };

    [Theory]
    [MemberData(nameof(ItqCases))]
    public async Task Itq_gives_complex_ptsd_ptsd_or_neither_by_its_clusters(string diagnosis, int[] values)
    {
        var clinician = Staff.Clinician();
        var journey = await Triaged.JourneyAsync(web.Client, clinician);

        var result = await journey.OkAsync(
            clinician,
            "measures",
            new
            {
                measure = "itq",
                occasion = "discharge",
                answers = Answers.Of(MeasureId.Itq, values),
            }
        );

        Assert.Equal(diagnosis, result.GetProperty("band").GetString());
    }
}

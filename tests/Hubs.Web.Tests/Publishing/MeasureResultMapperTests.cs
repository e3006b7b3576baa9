using System.Text.Json;
using Hubs.Contracts.Journeys;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Privacy;
using Hubs.Web.Features.Questionnaires;
using static Hubs.Web.Tests.Publishing.Mapping;

namespace Hubs.Web.Tests.Publishing;

/// <summary>
/// Every completed questionnaire travels as codes (src/DOMAIN-RULES.md, "Outcome by measure"): measure, occasion, band
/// and caseness, a total only for PHQ-9 and GAD-7, and never an item answer or who gave it.
/// </summary>
public class MeasureResultMapperTests
{
    private static readonly DateTimeOffset At = new(2026, 7, 14, 9, 0, 0, TimeSpan.Zero);

    public static TheoryData<MeasureId, string, bool?> EveryBand()
    {
        var data = new TheoryData<MeasureId, string, bool?>();
        var caseness = new Dictionary<string, bool?>
        {
            ["probable-ptsd"] = true,
            ["below-cut-off"] = false,
            ["complex-ptsd"] = true,
            ["ptsd"] = true,
            ["no-diagnosis"] = false,
            ["lower-risk"] = false,
            ["increasing-risk"] = true,
            ["higher-risk"] = true,
            ["possible-dependence"] = true,
            ["none"] = false,
            ["subthreshold"] = false,
            ["subclinical"] = false,
            ["significant"] = true,
            ["moderately-severe-or-worse"] = true,
        };
        foreach (var measure in new[] { MeasureId.Pcl5, MeasureId.Itq, MeasureId.Audit, MeasureId.Isi, MeasureId.Wsas })
        {
            foreach (var band in Catalogue.Get(measure).Banding.Bands)
            {
                // ISI's "moderate" and "severe" are insomnia at caseness; the other measures' codes are their own.
                data.Add(
                    measure,
                    band.Code,
                    measure == MeasureId.Isi && band.Code is "moderate" or "severe" ? true : caseness[band.Code]
                );
            }
        }

        data.Add(MeasureId.AuditC, "negative", false);
        data.Add(MeasureId.AuditC, "positive", true);
        data.Add(MeasureId.Phq2, "positive", null);
        data.Add(MeasureId.Gad2, "negative", null);
        return data;
    }

    private static (Journey, MeasureCompleted) Completed(MeasureId measure, string band, int total, bool? atCaseness)
    {
        var journey = new Journey(Guid.NewGuid(), "north", JourneyStatus.Assessed, At) { KeyworkerId = Guid.NewGuid() };
        var answers = Personal.Of(journey.SealedWith, new Dictionary<string, int> { ["item.1"] = 3 });
        return (
            journey,
            new MeasureCompleted(
                journey.Id,
                At,
                measure,
                MeasureOccasion.Discharge,
                MeasureGivenBy.Clinician,
                Guid.NewGuid(),
                answers,
                total,
                band,
                atCaseness,
                RiskLevel.None
            )
        );
    }

    [Theory]
    [MemberData(nameof(EveryBand))]
    public void Each_measure_and_band_travels_as_codes_with_its_caseness_and_no_total(
        MeasureId measure,
        string band,
        bool? caseness
    )
    {
        var (journey, completed) = Completed(measure, band, 37, null);

        var result = Assert.IsType<MeasureResultRecorded>(Map(completed, journey, 7));

        Assert.Contains(result.Measure, MeasureCodes.All);
        Assert.Equal(
            ("discharge", band, caseness, (int?)null),
            (result.Occasion, result.Band, result.AtCaseness, result.Total)
        );
        Assert.Equal(
            ("north", 7L, "2026-W29", "2026-07"),
            (result.HubId, result.StreamVersion, result.IsoWeek, result.Month)
        );
    }

    [Theory]
    [InlineData(MeasureId.Phq9, "phq9", "moderate", true, 12)]
    [InlineData(MeasureId.Gad7, "gad7", "mild", false, 7)]
    public void PHQ9_and_GAD7_carry_their_total_and_the_engine_s_caseness(
        MeasureId measure,
        string code,
        string band,
        bool caseness,
        int total
    )
    {
        var (journey, completed) = Completed(measure, band, total, caseness);

        var result = Assert.IsType<MeasureResultRecorded>(Map(completed, journey));

        Assert.Equal(
            (code, band, (bool?)caseness, (int?)total),
            (result.Measure, result.Band, result.AtCaseness, result.Total)
        );
        var json = JsonSerializer.Serialize(result);
        Assert.DoesNotContain("item", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(journey.Id.ToString(), json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(completed.ClinicianId!.Value.ToString(), json, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(MeasureId.Phq9, "phq9", 14)]
    [InlineData(MeasureId.Gad7, "gad7", 9)]
    public void A_keyworkers_answers_before_a_session_travel_with_their_own_occasion_and_total(
        MeasureId measure,
        string code,
        int total
    )
    {
        var (journey, clinicians) = Completed(measure, "moderate", total, true);
        var completed = clinicians with
        {
            Occasion = MeasureOccasion.PreSession,
            GivenBy = MeasureGivenBy.Keyworker,
            ClinicianId = null,
        };

        var result = Assert.IsType<MeasureResultRecorded>(Map(completed, journey));

        Assert.Equal((code, "pre-session", (int?)total), (result.Measure, result.Occasion, result.Total));
        Assert.Contains(result.Occasion, MeasureCodes.Occasions);
    }
}

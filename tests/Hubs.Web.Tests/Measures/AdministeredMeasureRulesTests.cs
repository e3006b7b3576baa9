using System.Net;
using System.Text.Json;
using Hubs.Web.Features.Questionnaires;
using Hubs.Web.Tests.Questionnaires;

namespace Hubs.Web.Tests.Measures;

/// <summary>
/// A clinician giving a measure: bad answers are refused field by field and nothing is saved; risk is raised at once.
/// </summary>
public sealed class AdministeredMeasureRulesTests(WebHostFixture web) : IClassFixture<WebHostFixture>
{
    [Fact]
    public async Task Missing_and_impossible_answers_are_named_item_by_item_and_nothing_is_saved()
    {
        var clinician = Staff.Clinician();
        var journey = await Triaged.JourneyAsync(web.Client, clinician);
        var answers = Answers.Totalling(MeasureId.Audit, 12);
        answers.Remove("audit.3");
        answers["audit.9"] = 3; // items 9 and 10 score only 0, 2 or 4
        var version = journey.Version;

        var response = await journey.PostAsync(
            clinician,
            "measures",
            new
            {
                measure = "audit",
                occasion = "session",
                answers,
            }
        );

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.Contains("audit.3", errors.GetProperty("answers.audit.3")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains(
            "allowed values",
            errors.GetProperty("answers.audit.9")[0].GetString(),
            StringComparison.Ordinal
        );
        Assert.Equal(version, journey.Version);
        Assert.Equal(version, (await journey.GetAsync(clinician)).GetProperty("version").GetInt64());
    }

    [Theory]
    [InlineData("screening")]
    [InlineData("someday")]
    public async Task Screening_is_not_an_occasion_a_clinician_gives_a_measure_at(string occasion)
    {
        var clinician = Staff.Clinician();
        var journey = await Triaged.JourneyAsync(web.Client, clinician);

        var response = await journey.PostAsync(
            clinician,
            "measures",
            new
            {
                measure = "isi",
                occasion,
                answers = Answers.Totalling(MeasureId.Isi, 9),
            }
        );

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("Exception", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Before_triage_a_clinician_cannot_give_a_measure()
    {
        var clinician = Staff.Clinician();
        var journey = await JourneyClient.SubmitAsync(web.Client);

        var response = await journey.PostAsync(
            clinician,
            "measures",
            new
            {
                measure = "wsas",
                occasion = "assessment",
                answers = Answers.Totalling(MeasureId.Wsas, 12),
            }
        );

        await Problems.AssertRefusedAsync(response, "not-triaged");
    }

    [Fact]
    public async Task A_self_harm_answer_at_a_review_raises_the_journeys_risk_at_once()
    {
        var clinician = Staff.Clinician();
        var journey = await Triaged.JourneyAsync(web.Client, clinician);

        await journey.OkAsync(
            clinician,
            "measures",
            new
            {
                measure = "phq9",
                occasion = "review",
                answers = Answers.Of(MeasureId.Phq9, 1, 1, 1, 1, 1, 1, 1, 1, 2),
            }
        );

        Assert.Equal("urgent", (await journey.GetAsync(clinician)).GetProperty("risk").GetString());
    }
}

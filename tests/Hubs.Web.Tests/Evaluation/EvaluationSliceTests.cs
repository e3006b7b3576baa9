using System.Net;
using System.Text.Json;
using Hubs.Testing.Auth;
using Hubs.Web.Tests.Clinic;

namespace Hubs.Web.Tests.Evaluation;

/// <summary>
/// Issue 19 through the real API and pages: themes and work outcomes coded by the clinician, the keyworker's
/// experience questionnaire and research contact, shown on the record and on "Your support".
/// </summary>
public sealed class EvaluationSliceTests(ClinicFixture clinic) : IClassFixture<ClinicFixture>
{
    [Fact]
    public async Task Work_outcomes_out_of_range_or_missing_are_named_field_by_field_and_nothing_is_saved()
    {
        var clinician = ClinicFixture.Clinician();
        var journey = await TriagedAsync(clinician);
        var version = journey.Version;

        var response = await journey.PostAsync(
            clinician,
            "work-outcomes",
            new
            {
                occasion = "assessment",
                sickDays = 29,
                leaving = "role",
            }
        );

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors");
        Assert.Contains("from 0 to 28", errors.GetProperty("sickDays")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("restricted duties", errors.GetProperty("status")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(version, (await journey.GetAsync(clinician)).GetProperty("version").GetInt64());

        var form = await clinic
            .As(clinician)
            .SubmitAsync($"/clinic/journeys/{journey.Id}/work-outcomes/assessment", Fields(("SickDays", "lots")));

        Assert.Equal(HttpStatusCode.OK, form.Status);
        Assert.True(form.HasErrorFor("SickDays"), form.Html);
    }

    [Fact]
    public async Task The_record_shows_themes_work_outcomes_and_research_consent_withdrawn()
    {
        var clinician = ClinicFixture.Clinician();
        var journey = await TriagedAsync(clinician);
        await journey.OkAsync(clinician, "themes", new { themes = new[] { "moral-injury", "burnout" } });
        await journey.OkAsync(
            clinician,
            "work-outcomes",
            new
            {
                occasion = "assessment",
                sickDays = 10,
                status = "off-work",
                leaving = "profession",
            }
        );
        await journey.OkAsync(null, "research-consent", new { consent = true });
        await journey.OkAsync(null, "research-consent", new { consent = false });

        var record = await clinic.As(clinician).GetAsync($"/clinic/journeys/{journey.Id}");

        var html = WebUtility.HtmlDecode(record.Html);
        var themes = html[html.IndexOf("id=\"themes\"", StringComparison.Ordinal)..];
        Assert.Contains("<li>Burnout</li>", themes, StringComparison.Ordinal);
        Assert.Contains("<li>Moral injury</li>", themes, StringComparison.Ordinal);
        var work = html[html.IndexOf("id=\"work-outcomes\"", StringComparison.Ordinal)..];
        Assert.Contains("Thinking of leaving their profession", work, StringComparison.Ordinal);
        Assert.Contains("Consent withdrawn: do not contact about research", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_keyworker_is_offered_the_experience_questionnaire_once_after_assessment()
    {
        var clinician = ClinicFixture.Clinician();
        var keyworker = TestPrincipal.Keyworker();
        var journey = await TriagedAsync(clinician, keyworker);
        var before = await clinic.As(keyworker).GetAsync("/my");
        Assert.DoesNotContain("Tell us about your assessment", before.Html, StringComparison.Ordinal);
        await journey.OkAsync(
            clinician,
            "assessment",
            new
            {
                intervention = "cbt",
                formulation = "Nights and a hard incident.",
                agreedPlan = "CBT.",
                phq9Total = 12,
                gad7Total = 9,
            }
        );

        var offered = await clinic.As(keyworker).GetAsync("/my");
        Assert.Contains("Tell us about your assessment", offered.Html, StringComparison.Ordinal);
        var sent = await clinic
            .As(keyworker)
            .SubmitAsync(
                $"/my/journeys/{journey.Id}/experience/assessment",
                Fields(("Answers.heard", "4"), ("Answers.fits", "3"), ("Overall", "VeryGood"))
            );

        Assert.Equal(HttpStatusCode.Redirect, sent.Status);
        var after = await clinic.As(keyworker).GetAsync("/my");
        Assert.DoesNotContain("Tell us about your assessment", after.Html, StringComparison.Ordinal);
        var again = await clinic.As(keyworker).GetAsync($"/my/journeys/{journey.Id}/experience/assessment");
        Assert.Contains("You have already told us about this.", again.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("<form method=\"post\" novalidate>", again.Html, StringComparison.Ordinal);
    }

    private async Task<JourneyClient> TriagedAsync(Staff clinician, TestPrincipal? keyworker = null)
    {
        var journey = await JourneyClient.SubmitAsync(
            clinic.App.CreateClient(),
            Referrals.Valid("north"),
            keyworker ?? TestPrincipal.Keyworker()
        );
        await journey.OkAsync(
            null,
            "screening",
            new
            {
                phq9Total = 12,
                gad7Total = 9,
                risk = "none",
                takenBy = "clinician-by-phone",
            }
        );
        await journey.OkAsync(clinician, "triage", new { outcome = "assess", reason = "Fits the service." });
        return journey;
    }

    private static Dictionary<string, string> Fields(params (string Key, string Value)[] fields) =>
        fields.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal);
}

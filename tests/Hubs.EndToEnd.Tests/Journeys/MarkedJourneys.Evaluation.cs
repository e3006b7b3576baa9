using Hubs.Web.Testing;

namespace Hubs.EndToEnd.Tests.Journeys;

/// <summary>Issue 19's evaluation writes on a journey, each field filled (and the free-text ones marked).</summary>
public sealed partial class MarkedJourneys
{
    /// <summary>
    /// Referral, screening, triage, themes, work outcomes and assessment, the keyworker's experience questionnaire
    /// and research consent given then withdrawn (never published), a discharge as declined, work outcomes and
    /// experience at discharge: 13 events, 11 milestones. Codes and counts vary with <paramref name="n"/>.
    /// </summary>
    public async Task EvaluatedAsync(string marker, int n, string hubId = "north")
    {
        var clinician = Staff.Clinician(hubId);
        var journey = await SubmitAsync(marker, hubId);
        await WriteAsync(
            journey,
            null,
            "screening",
            new
            {
                phq9Total = 12,
                gad7Total = 10,
                risk = "none",
                takenBy = "keyworker",
            }
        );
        await WriteAsync(journey, clinician, "triage", new { outcome = "assess", reason = $"Reason{marker}" });
        await WriteAsync(
            journey,
            clinician,
            "themes",
            new { themes = new[] { "moral-injury", n % 2 == 0 ? "burnout" : "racism" } }
        );
        await WorkAsync(journey, clinician, "assessment", 20 - n, "off-work", "profession");
        await WriteAsync(
            journey,
            clinician,
            "assessment",
            new
            {
                intervention = "cbt",
                formulation = $"Formulation{marker}",
                agreedPlan = $"Plan{marker}",
                phq9Total = 12,
                gad7Total = 10,
            }
        );
        await ExperienceAsync(journey, "assessment", n % 2 == 0 ? "very-good" : "poor");
        await WriteAsync(journey, null, "research-consent", new { consent = true }, milestone: false);
        await WriteAsync(journey, null, "research-consent", new { consent = false }, milestone: false);
        await WriteAsync(journey, clinician, "discharge", new { reason = "declined", summary = $"Summary{marker}" });
        await WorkAsync(journey, clinician, "discharge", n, "at-work", "no");
        await ExperienceAsync(journey, "discharge", "good");
    }

    private Task WorkAsync(
        JourneyClient journey,
        Staff clinician,
        string occasion,
        int days,
        string status,
        string leaving
    ) =>
        WriteAsync(
            journey,
            clinician,
            "work-outcomes",
            new
            {
                occasion,
                sickDays = days,
                status,
                leaving,
            }
        );

    private Task ExperienceAsync(JourneyClient journey, string occasion, string overall) =>
        WriteAsync(
            journey,
            null,
            "experience",
            new
            {
                occasion,
                overall,
                answers = new Dictionary<string, int> { ["heard"] = 4, ["fits"] = 1 },
            }
        );
}

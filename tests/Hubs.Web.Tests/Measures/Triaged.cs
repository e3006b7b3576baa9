namespace Hubs.Web.Tests.Measures;

/// <summary>
/// A journey screened (totals by phone) and triaged for assessment over the API: a clinician's to measure.
/// </summary>
internal static class Triaged
{
    public static async Task<JourneyClient> JourneyAsync(HttpClient http, Staff clinician, string hubId = "north")
    {
        var journey = await JourneyClient.SubmitAsync(http, Referrals.Valid(hubId));
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
}

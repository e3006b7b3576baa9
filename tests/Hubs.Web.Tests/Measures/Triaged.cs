namespace Hubs.Web.Tests.Measures;

/// <summary>
/// A journey screened (totals by phone) and triaged for assessment over the API: a clinician's to measure.
/// </summary>
internal static class Triaged
{
    public static async Task<JourneyClient> JourneyAsync(HttpClient http, Staff clinician, string hubId = "north")
    {
        var journey = await JourneyClient.SubmitAsync(http, Referrals.Valid(hubId));
        await JourneySteps.TriageAsync(journey, clinician);
        return journey;
    }
}

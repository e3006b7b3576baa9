namespace Hubs.Web.Tests.Journeys;

/// <summary>Steps many journey tests share, taken over HTTP as staff take them.</summary>
public static class JourneySteps
{
    public static async Task<JourneyClient> TreatedAsync(HttpClient http, Staff clinician, Staff lead, int screeningPhq9, int screeningGad7)
    {
        var journey = await JourneyClient.SubmitAsync(http);
        await journey.OkAsync(null, "screening", new { phq9Total = screeningPhq9, gad7Total = screeningGad7, risk = "none", takenBy = "clinician-by-phone" });
        await journey.OkAsync(clinician, "triage", new { outcome = "assess", reason = "Fits the service." });
        await journey.OkAsync(clinician, "assessment", new { intervention = "guided-self-help", formulation = "Worry.", agreedPlan = "Six sessions.", phq9Total = 13, gad7Total = 11 });
        await journey.OkAsync(lead, "allocation", new { clinicianId = clinician.Id });
        return journey;
    }

    public static async Task<Guid> BookTreatmentAsync(JourneyClient journey, Staff clinician, bool outOfHours = false)
    {
        var booked = await journey.OkAsync(clinician, "appointments", new { purpose = "treatment", startsAt = DateTimeOffset.UtcNow.AddDays(7), durationMinutes = 50, mode = "phone", outOfHours });
        return booked.GetProperty("appointmentId").GetGuid();
    }
}

using Hubs.Testing;
using Hubs.Testing.Auth;

namespace Hubs.Web.Testing;

/// <summary>Steps many journey tests share, taken over HTTP as staff take them.</summary>
public static class JourneySteps
{
    /// <summary>Long enough for the host's clock to pass any appointment these tests book.</summary>
    private static readonly TimeSpan PastAnyBooking = TimeSpan.FromDays(15);

    /// <summary>
    /// Screened by the keyworker, triaged and assessed by <paramref name="clinician"/>, then allocated to them by
    /// <paramref name="lead"/>: the walk most tests of booking, treatment and access start from.
    /// </summary>
    public static async Task<JourneyClient> AllocatedAsync(
        HttpClient http,
        Staff clinician,
        Staff lead,
        TestPrincipal? keyworker = null
    )
    {
        var journey = await JourneyClient.SubmitAsync(http, keyworker: keyworker);
        await ToAllocationAsync(journey, clinician, lead, (12, 9, "keyworker"), "cbt");
        return journey;
    }

    /// <summary>The same walk with the screening scores given, taken by the clinician by phone.</summary>
    public static async Task<JourneyClient> TreatedAsync(
        HttpClient http,
        Staff clinician,
        Staff lead,
        int screeningPhq9,
        int screeningGad7
    )
    {
        var journey = await JourneyClient.SubmitAsync(http);
        await ToAllocationAsync(
            journey,
            clinician,
            lead,
            (screeningPhq9, screeningGad7, "clinician-by-phone"),
            "guided-self-help"
        );
        return journey;
    }

    /// <summary>
    /// Screened (by the clinician by phone, PHQ-9 12 and GAD-7 9, unless told) and triaged for assessment by
    /// <paramref name="clinician"/>.
    /// </summary>
    public static async Task TriageAsync(
        JourneyClient journey,
        Staff clinician,
        (int Phq9, int Gad7, string TakenBy)? screening = null
    )
    {
        ArgumentNullException.ThrowIfNull(journey);
        await ScreenAsync(journey, screening);
        await journey.OkAsync(clinician, "triage", new { outcome = "assess", reason = "Fits the service." });
    }

    /// <summary>
    /// Screened: the totals given (by the clinician by phone, PHQ-9 12 and GAD-7 9, unless told), no risk.
    /// </summary>
    public static async Task ScreenAsync(JourneyClient journey, (int Phq9, int Gad7, string TakenBy)? screening = null)
    {
        ArgumentNullException.ThrowIfNull(journey);
        var (phq9, gad7, takenBy) = screening ?? (12, 9, "clinician-by-phone");
        await journey.OkAsync(
            null,
            "screening",
            new
            {
                phq9Total = phq9,
                gad7Total = gad7,
                risk = "none",
                takenBy,
            }
        );
    }

    private static async Task ToAllocationAsync(
        JourneyClient journey,
        Staff clinician,
        Staff lead,
        (int Phq9, int Gad7, string TakenBy) screening,
        string intervention
    )
    {
        await TriageAsync(journey, clinician, screening);
        await journey.OkAsync(
            clinician,
            "assessment",
            new
            {
                intervention,
                formulation = "Worry.",
                agreedPlan = "Six sessions.",
                phq9Total = 13,
                gad7Total = 11,
            }
        );
        await journey.OkAsync(lead, "allocation", new { clinicianId = clinician.Id });
    }

    /// <summary>
    /// Books a treatment appointment in the Hub's hours (a Tuesday at 11:00 next week) unless told when.
    /// </summary>
    public static async Task<Guid> BookTreatmentAsync(
        JourneyClient journey,
        Staff clinician,
        TimeProvider clock,
        DateTimeOffset? startsAt = null
    )
    {
        ArgumentNullException.ThrowIfNull(clock);
        var booked = await journey.OkAsync(
            clinician,
            "appointments",
            new
            {
                purpose = "treatment",
                startsAt = startsAt ?? NextLocal(clock, DayOfWeek.Tuesday, 11),
                durationMinutes = 50,
                mode = "phone",
            }
        );
        return booked.GetProperty("appointmentId").GetGuid();
    }

    /// <summary>Moves the host's clock past the appointment, then records whether the client came.</summary>
    public static async Task RecordAttendanceAsync(
        JourneyClient journey,
        Staff clinician,
        Guid appointmentId,
        TestClock clock,
        bool attended = true
    )
    {
        ArgumentNullException.ThrowIfNull(clock);
        clock.Advance(PastAnyBooking);
        await journey.OkAsync(clinician, $"appointments/{appointmentId}/attendance", new { attended });
    }

    /// <summary>The given weekday of next week (7 to 13 days on) at the given UK local hour, by the clock.</summary>
    public static DateTimeOffset NextLocal(TimeProvider clock, DayOfWeek day, int hour)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        var today = TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).Date;
        var date = today.AddDays(((int)day - (int)today.DayOfWeek + 7) % 7 + 7);
        var local = date.AddHours(hour);
        return new DateTimeOffset(local, zone.GetUtcOffset(local));
    }
}

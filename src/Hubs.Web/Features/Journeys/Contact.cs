namespace Hubs.Web.Features.Journeys;

/// <summary>
/// Project rule for "contact": an attended appointment, else the assessment, else the referral itself — or a later
/// contact attempt that reached the person (a call answered, a reply). An unanswered attempt is not contact.
/// A case flagged for no contact is one whose last contact is older than the Hub's setting.
/// </summary>
public static class Contact
{
    public static DateTimeOffset Last(IOpenCaseFacts journey)
    {
        ArgumentNullException.ThrowIfNull(journey);
        var last = journey.LastAttendedAt ?? journey.AssessedAt ?? journey.SubmittedAt;
        return journey.LastReachedAt is { } reached && reached > last ? reached : last;
    }

    public static int DaysSince(IOpenCaseFacts journey, DateTimeOffset now) => (int)(now - Last(journey)).TotalDays;

    public static int DidNotAttend(IOpenCaseFacts journey)
    {
        ArgumentNullException.ThrowIfNull(journey);
        return journey.MissedAppointments;
    }
}

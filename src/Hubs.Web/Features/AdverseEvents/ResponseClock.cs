namespace Hubs.Web.Features.AdverseEvents;

/// <summary>The next thing owed to the staff involved, when it is due and whether that time has passed.</summary>
public sealed record ResponseDue(ResponseStep Step, int? DayMark, DateTimeOffset? DueAt, bool Overdue);

/// <summary>
/// The response clock of an adverse event, computed from the clock it is given (never stored, so a page always
/// shows it as of now): first contact is due the event's target hours after it was logged; each check-in is due
/// its day mark after first contact. Overdue means that moment has passed with the step not recorded.
/// </summary>
public static class ResponseClock
{
    public static ResponseDue Next(AdverseEvent adverse, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(adverse);
        if (adverse.FirstContactAt is not { } contacted)
        {
            var due = adverse.LoggedAt.AddHours(adverse.FirstContactTargetHours);
            return new(ResponseStep.FirstContact, null, due, now > due);
        }

        var pending = adverse.FollowUpDays.Except(adverse.FollowUpsDone).Order().ToList();
        if (pending.Count == 0)
        {
            return new(ResponseStep.Done, null, null, false);
        }

        var next = contacted.AddDays(pending[0]);
        return new(ResponseStep.FollowUp, pending[0], next, now > next);
    }

    /// <summary>Hours from logging to first contact, or null before first contact.</summary>
    public static double? HoursToFirstContact(AdverseEvent adverse)
    {
        ArgumentNullException.ThrowIfNull(adverse);
        return (adverse.FirstContactAt - adverse.LoggedAt)?.TotalHours;
    }
}

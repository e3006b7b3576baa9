using Hubs.Web.Features.Kernel;

namespace Hubs.Web.Features.AdverseEvents.SupportingStaff;

/// <summary>
/// What the assigned peer supporter records: first contact once, after the event was logged and not in the future;
/// each check-in of the event's plan once, after first contact; a hand-over code once contact is made.
/// Whether the caller is the assigned peer supporter is settled before (another's event is not found).
/// </summary>
public static class SupportDecisions
{
    public static Decision RecordFirstContact(AdverseEvent adverse, RecordFirstContact command, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(adverse);
        ArgumentNullException.ThrowIfNull(command);
        var at = command.ContactedAt!.Value;
        if (adverse.FirstContactAt is not null)
        {
            return Decision.Refuse("first-contact-recorded", "First contact is already recorded for this event.");
        }

        return When(adverse.LoggedAt, at, now, "the event was logged")
            ?? Decision.Accept(new FirstContactRecorded(adverse.Id, at, now));
    }

    public static Decision RecordFollowUp(AdverseEvent adverse, RecordFollowUp command, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(adverse);
        ArgumentNullException.ThrowIfNull(command);
        if (adverse.FirstContactAt is not { } contacted)
        {
            return NoContactYet();
        }

        if (!adverse.FollowUpDays.Contains(command.DayMark) || adverse.FollowUpsDone.Contains(command.DayMark))
        {
            return Decision.Refuse("follow-up-not-due", "That check-in is not planned or is already recorded.");
        }

        var at = command.CheckedInAt!.Value;
        return When(contacted, at, now, "first contact")
            ?? Decision.Accept(new FollowUpRecorded(adverse.Id, command.DayMark, at, now));
    }

    public static Decision OfferHandOver(AdverseEvent adverse, string code, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(adverse);
        return adverse.FirstContactAt is null
            ? NoContactYet()
            : Decision.Accept(new SelfReferralHandOverOffered(adverse.Id, code, now));
    }

    private static Decision? When(DateTimeOffset earliest, DateTimeOffset at, DateTimeOffset now, string after) =>
        at > now ? Decision.Refuse("in-future", "That time has not come yet.")
        : at < ToTheMinute(earliest) ? Decision.Refuse("too-early", $"That time is before {after}.")
        : null;

    // Times are typed to the minute: contact in the minute the event was logged is not before it.
    private static DateTimeOffset ToTheMinute(DateTimeOffset at) => at.AddTicks(-(at.Ticks % TimeSpan.TicksPerMinute));

    private static Decision NoContactYet() => Decision.Refuse("no-first-contact", "Record first contact first.");
}

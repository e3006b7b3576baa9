using FluentValidation;

namespace Hubs.Web.Features.GroupSupport.SchedulingMeeting;

/// <summary>Put the series' next meeting in the diary.</summary>
public sealed record ScheduleGroupMeeting(DateTimeOffset? StartsAt);

public sealed class ScheduleGroupMeetingValidator : AbstractValidator<ScheduleGroupMeeting>
{
    public ScheduleGroupMeetingValidator() =>
        RuleFor(x => x.StartsAt).NotNull().WithMessage("Enter when the meeting starts, like 2026-12-01 and 13:00.");
}

/// <summary>
/// A meeting is scheduled up to a year ahead, or up to 90 days back (one that took place before it was put in the
/// diary), and not at the same time as another meeting of the series.
/// </summary>
public static class ScheduleGroupMeetingDecision
{
    public static Decision Decide(GroupSeries series, ScheduleGroupMeeting command, Guid meetingId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(command);
        var at = command.StartsAt!.Value;
        if (at > now.AddYears(1) || at < now.AddDays(-90))
        {
            return Decision.Refuse(
                "meeting-out-of-range",
                "Schedule a meeting within the next year (or one held in the last 90 days)."
            );
        }

        return series.Meetings.Any(m => m.StartsAt == at)
            ? Decision.Refuse("meeting-exists", "The series already has a meeting at that time.")
            : Decision.Accept(new GroupMeetingScheduled(series.Id, meetingId, at, now));
    }
}

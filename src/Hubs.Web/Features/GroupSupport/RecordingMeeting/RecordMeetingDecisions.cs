namespace Hubs.Web.Features.GroupSupport.RecordingMeeting;

/// <summary>
/// A scheduled meeting is held (once it has started, with no more attending than the group's largest size) or
/// cancelled, once. The ground rules are agreed once, at the first meeting that records them.
/// </summary>
public static class RecordMeetingDecisions
{
    public static Decision RecordHeld(
        GroupSeries series,
        Guid meetingId,
        RecordGroupMeetingHeld command,
        DateTimeOffset now
    )
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(command);
        if (Scheduled(series, meetingId) is { } refused)
        {
            return refused;
        }

        if (series.Meeting(meetingId)!.StartsAt > now)
        {
            return Decision.Refuse("meeting-not-started", "Record attendance once the meeting has started.");
        }

        if (command.AttendanceCount > series.MaxSize)
        {
            return Decision.Refuse(
                "above-group-size",
                $"This group takes at most {series.MaxSize} members: check how many attended."
            );
        }

        var held = new GroupMeetingHeld(series.Id, meetingId, command.AttendanceCount, command.Names, now);
        return command.GroundRulesAgreed && series.GroundRulesAgreedAt is null
            ? Decision.Accept(held, new GroundRulesAgreed(series.Id, meetingId, now))
            : Decision.Accept(held);
    }

    public static Decision Cancel(GroupSeries series, Guid meetingId, CancelGroupMeeting command, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(command);
        return Scheduled(series, meetingId)
            ?? Decision.Accept(new GroupMeetingCancelled(series.Id, meetingId, command.Reason!.Value, now));
    }

    /// <summary>Null when the meeting is on the series and still scheduled.</summary>
    internal static Decision? Scheduled(GroupSeries series, Guid meetingId) =>
        series.Meeting(meetingId) switch
        {
            null => Decision.Refuse("meeting-unknown", "This series has no such meeting."),
            { Status: MeetingStatus.Scheduled } => null,
            var m => Decision.Refuse(
                "meeting-closed",
                $"This meeting is already recorded as {m.Status.ToString().ToLowerInvariant()}."
            ),
        };
}

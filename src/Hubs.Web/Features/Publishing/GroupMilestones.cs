using Hubs.Web.Features.GroupSupport;
using JasperFx.Events;
using Published = Hubs.Contracts.GroupSupport;

namespace Hubs.Web.Features.Publishing;

/// <summary>
/// Reflective group meetings: the series' kind and sector, the meeting's week and month, held with a head count or
/// cancelled with a reason code; each anonymous rating as two codes. Never the department, the facilitator, a member's
/// name (even one recorded with consent) or an exact time.
/// </summary>
public sealed partial class MilestoneMapper
{
    private object? MapGroup(IEvent recorded, GroupSeries series)
    {
        var meetingId = recorded.Data switch
        {
            GroupMeetingScheduled e => e.MeetingId,
            GroupMeetingHeld e => e.MeetingId,
            GroupMeetingCancelled e => e.MeetingId,
            GroupMeetingRated e => e.MeetingId,
            _ => Guid.Empty,
        };
        if (series.Meeting(meetingId) is not { } meeting)
        {
            return null;
        }

        var (week, month) = calendar.Of(meeting.StartsAt);
        var key = pseudonymiser.MeetingKey(meetingId);
        var kind = CategoryCodes.Code(series.Kind);
        var sector = CategoryCodes.Code(series.Sector);
        return recorded.Data switch
        {
            GroupMeetingRated rated => new Published.GroupMeetingRated(
                key,
                series.HubId,
                recorded.Version,
                month,
                kind,
                sector,
                CategoryCodes.Code(rated.Useful),
                CategoryCodes.Code(rated.Safe)
            ),
            GroupMeetingHeld held => Recorded(Published.GroupSupportCodes.Held, null, held.AttendanceCount),
            GroupMeetingCancelled cancelled => Recorded(
                Published.GroupSupportCodes.Cancelled,
                CategoryCodes.Code(cancelled.Reason),
                null
            ),
            _ => Recorded(Published.GroupSupportCodes.Scheduled, null, null),
        };

        Published.GroupMeetingRecorded Recorded(string status, string? reason, int? attendance) =>
            new(key, series.HubId, recorded.Version, week, month, kind, sector, status, reason, attendance);
    }
}

/// <summary>Which group series events have a contract (the series' own set-up and ground rules have none).</summary>
internal static class GroupMilestones
{
    public static readonly EventTypes Types = new(
        typeof(GroupMeetingScheduled),
        typeof(GroupMeetingHeld),
        typeof(GroupMeetingCancelled),
        typeof(GroupMeetingRated)
    );
}

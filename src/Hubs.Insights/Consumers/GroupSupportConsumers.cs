using Hubs.Contracts.GroupSupport;
using Hubs.Insights.Store;

namespace Hubs.Insights.Consumers;

/// <summary>
/// One row per group meeting; the latest event in its series' stream wins, whatever the arrival order.
/// </summary>
public sealed class GroupMeetingRecordedConsumer(ApplyOnce applyOnce)
    : MilestoneConsumer<GroupMeetingRecorded, GroupMeetingRecordedConsumer>(applyOnce),
        IMilestoneEffect<GroupMeetingRecorded>
{
    private static readonly MessageRow<GroupMeetingRecorded> Row = MessageRow.Latest<GroupMeetingRecorded>(
        "insights.group_meetings",
        keyLength: 1,
        ("meeting_key", m => m.ActivityKey),
        ("hub_id", m => m.HubId),
        ("stream_version", m => m.StreamVersion),
        ("iso_week", m => m.IsoWeek),
        ("month", m => m.Month),
        ("kind", m => m.Kind),
        ("sector", m => m.Sector),
        ("status", m => m.Status),
        ("reason", m => m.Reason),
        ("attendance_count", m => m.AttendanceCount)
    );

    public static Statement[] Effect(GroupMeetingRecorded message) => [Row.Of(message)];
}

/// <summary>One row per anonymous rating of a meeting.</summary>
public sealed class GroupMeetingRatedConsumer(ApplyOnce applyOnce)
    : MilestoneConsumer<GroupMeetingRated, GroupMeetingRatedConsumer>(applyOnce),
        IMilestoneEffect<GroupMeetingRated>
{
    private static readonly MessageRow<GroupMeetingRated> Row = MessageRow.Once<GroupMeetingRated>(
        "insights.group_meeting_ratings",
        keyLength: 2,
        ("meeting_key", m => m.ActivityKey),
        ("stream_version", m => m.StreamVersion),
        ("hub_id", m => m.HubId),
        ("month", m => m.Month),
        ("kind", m => m.Kind),
        ("sector", m => m.Sector),
        ("useful", m => m.Useful),
        ("felt_safe", m => m.FeltSafe)
    );

    public static Statement[] Effect(GroupMeetingRated message) => [Row.Of(message)];
}

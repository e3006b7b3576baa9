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
    private static readonly RowSql Upsert = new(
        """
        INSERT INTO insights.group_meetings AS g (meeting_key, hub_id, stream_version, iso_week, month, kind, sector,
            status, reason, attendance_count)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
        ON CONFLICT (meeting_key) DO UPDATE SET
            hub_id = EXCLUDED.hub_id, stream_version = EXCLUDED.stream_version, iso_week = EXCLUDED.iso_week,
            month = EXCLUDED.month, kind = EXCLUDED.kind, sector = EXCLUDED.sector, status = EXCLUDED.status,
            reason = EXCLUDED.reason, attendance_count = EXCLUDED.attendance_count
        WHERE EXCLUDED.stream_version > g.stream_version
        """,
        KeyLength: 1
    );

    public static Statement[] Effect(GroupMeetingRecorded message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var m = message;
        return
        [
            new Statement(
                Upsert,
                m.ActivityKey,
                m.HubId,
                m.StreamVersion,
                m.IsoWeek,
                m.Month,
                m.Kind,
                m.Sector,
                m.Status,
                m.Reason,
                m.AttendanceCount
            ),
        ];
    }
}

/// <summary>One row per anonymous rating of a meeting.</summary>
public sealed class GroupMeetingRatedConsumer(ApplyOnce applyOnce)
    : MilestoneConsumer<GroupMeetingRated, GroupMeetingRatedConsumer>(applyOnce),
        IMilestoneEffect<GroupMeetingRated>
{
    private static readonly RowSql Insert = new(
        """
        INSERT INTO insights.group_meeting_ratings (meeting_key, stream_version, hub_id, month, kind, sector, useful,
            felt_safe)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
        ON CONFLICT DO NOTHING
        """,
        KeyLength: 2
    );

    public static Statement[] Effect(GroupMeetingRated message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var m = message;
        return
        [
            new Statement(
                Insert,
                m.ActivityKey,
                m.StreamVersion,
                m.HubId,
                m.Month,
                m.Kind,
                m.Sector,
                m.Useful,
                m.FeltSafe
            ),
        ];
    }
}

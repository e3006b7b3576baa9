using Hubs.Contracts.TeamActivities;
using Hubs.Insights.Store;

namespace Hubs.Insights.Consumers;

/// <summary>
/// One row per team activity; the latest event in its stream wins, whatever order messages arrive in.
/// </summary>
public sealed class TeamActivityRecordedConsumer(ApplyOnce applyOnce)
    : MilestoneConsumer<TeamActivityRecorded, TeamActivityRecordedConsumer>(applyOnce),
        IMilestoneEffect<TeamActivityRecorded>
{
    private static readonly RowSql Upsert = new(
        """
        INSERT INTO insights.team_activities AS t (activity_key, hub_id, stream_version, iso_week, month, kind,
            status, attendance_count)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
        ON CONFLICT (activity_key) DO UPDATE SET
            hub_id = EXCLUDED.hub_id, stream_version = EXCLUDED.stream_version, iso_week = EXCLUDED.iso_week,
            month = EXCLUDED.month, kind = EXCLUDED.kind, status = EXCLUDED.status,
            attendance_count = EXCLUDED.attendance_count
        WHERE EXCLUDED.stream_version > t.stream_version
        """,
        KeyLength: 1
    );

    public static Statement[] Effect(TeamActivityRecorded message)
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
                m.Status,
                m.AttendanceCount
            ),
        ];
    }
}

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
    private static readonly MessageRow<TeamActivityRecorded> Row = MessageRow.Latest<TeamActivityRecorded>(
        "insights.team_activities",
        keyLength: 1,
        ("activity_key", m => m.ActivityKey),
        ("hub_id", m => m.HubId),
        ("stream_version", m => m.StreamVersion),
        ("iso_week", m => m.IsoWeek),
        ("month", m => m.Month),
        ("kind", m => m.Kind),
        ("status", m => m.Status),
        ("attendance_count", m => m.AttendanceCount)
    );

    public static Statement[] Effect(TeamActivityRecorded message) => [Row.Of(message)];
}

using Hubs.Contracts.TeamActivities;
using Hubs.Insights.Store;

namespace Hubs.Insights.Consumers;

/// <summary>One row per anonymous rating of a team activity (issue 19), by its place in its stream.</summary>
public sealed class TeamSessionRatedConsumer(ApplyOnce applyOnce)
    : MilestoneConsumer<TeamSessionRated, TeamSessionRatedConsumer>(applyOnce),
        IMilestoneEffect<TeamSessionRated>
{
    private static readonly MessageRow<TeamSessionRated> Row = MessageRow.Once<TeamSessionRated>(
        "insights.team_session_ratings",
        keyLength: 2,
        ("activity_key", m => m.ActivityKey),
        ("stream_version", m => m.StreamVersion),
        ("hub_id", m => m.HubId),
        ("month", m => m.Month),
        ("kind", m => m.Kind),
        ("value", m => m.Value),
        ("felt_safe", m => m.FeltSafe)
    );

    public static Statement[] Effect(TeamSessionRated message) => [Row.Of(message)];
}

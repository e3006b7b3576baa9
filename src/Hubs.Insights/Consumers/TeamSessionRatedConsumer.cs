using Hubs.Contracts.TeamActivities;
using Hubs.Insights.Store;

namespace Hubs.Insights.Consumers;

/// <summary>One row per anonymous rating of a team activity (issue 19).</summary>
public sealed class TeamSessionRatedConsumer(ApplyOnce applyOnce)
    : MilestoneConsumer<TeamSessionRated, TeamSessionRatedConsumer>(applyOnce),
        IMilestoneEffect<TeamSessionRated>
{
    public static Statement[] Effect(TeamSessionRated message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var m = message;
        return
        [
            new Statement(
                TeamSessionRatingsTable.Insert,
                m.ActivityKey,
                m.StreamVersion,
                m.HubId,
                m.Month,
                m.Kind,
                m.Value,
                m.FeltSafe
            ),
        ];
    }
}

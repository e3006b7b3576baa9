using Hubs.Contracts.TeamActivities;
using Hubs.Insights.Store;
using MassTransit;

namespace Hubs.Insights.Consumers;

/// <summary>One row per anonymous rating of a team activity (issue 19).</summary>
public sealed class TeamSessionRatedConsumer(ApplyOnce applyOnce)
    : IConsumer<TeamSessionRated>,
        IMilestoneEffect<TeamSessionRated>
{
    public Task Consume(ConsumeContext<TeamSessionRated> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return applyOnce.ApplyAsync(context, Effect(context.Message));
    }

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

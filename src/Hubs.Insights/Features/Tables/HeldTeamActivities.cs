using Hubs.Contracts.TeamActivities;
using Hubs.Insights.Store;

namespace Hubs.Insights.Features.Tables;

/// <summary>The team activities that took place (held, with a head count), for the team-based support table.</summary>
public sealed class HeldTeamActivities(TeamActivityStore store) : ITeamActivitySource
{
    public async Task<IReadOnlyList<TeamActivityFacts>> LoadAsync(
        IReadOnlySet<string> hubIds,
        CancellationToken cancellationToken
    )
    {
        var stored = await store.LoadAsync(new JourneyFactsFilter(HubIds: hubIds), cancellationToken);
        return
        [
            .. stored
                .Where(a => a.Status == TeamActivityCodes.Held && a.AttendanceCount is not null)
                .Select(a => new TeamActivityFacts(a.ActivityKey, a.HubId, a.Month, a.Kind, a.AttendanceCount!.Value)),
        ];
    }
}

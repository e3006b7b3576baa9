namespace Hubs.Insights.Features.Tables;

/// <summary>
/// The team-based support source while the Insights store has no team activities: no contract carries
/// them to Insights yet (pipeline work). The table then shows every kind as 0; the pipeline's store
/// replaces this registration.
/// </summary>
public sealed class NoTeamActivitiesStored : ITeamActivitySource
{
    public Task<IReadOnlyList<TeamActivityFacts>> LoadAsync(IReadOnlySet<string> hubIds, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<TeamActivityFacts>>([]);
}

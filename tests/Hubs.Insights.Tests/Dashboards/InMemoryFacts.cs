using Hubs.Insights.Disclosure;
using Hubs.Insights.Features.Tables;
using Hubs.Insights.Metrics;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Insights.Tests.Dashboards;

/// <summary>The fact sources of a dashboard test host: what the pipeline's store would hold, set by the test.</summary>
internal sealed partial class InMemoryFacts : IJourneyFactsSource, ITeamActivitySource, IReferralSourceSource
{
    private volatile IReadOnlyList<JourneyFacts> journeys = [];
    private volatile IReadOnlyList<TeamActivityFacts> activities = [];

    public void Set(IEnumerable<JourneyFacts> facts, IEnumerable<TeamActivityFacts>? held = null)
    {
        journeys = facts.ToList();
        activities = held?.ToList() ?? [];
    }

    public Task<IReadOnlyList<JourneyFacts>> LoadAsync(
        IReadOnlySet<string> hubIds,
        CancellationToken cancellationToken
    ) => Task.FromResult<IReadOnlyList<JourneyFacts>>(journeys.Where(f => hubIds.Contains(f.HubId)).ToList());

    Task<IReadOnlyList<TeamActivityFacts>> ITeamActivitySource.LoadAsync(
        IReadOnlySet<string> hubIds,
        CancellationToken cancellationToken
    ) => Task.FromResult<IReadOnlyList<TeamActivityFacts>>(activities.Where(a => hubIds.Contains(a.HubId)).ToList());

    /// <summary>
    /// Where each journey's referral came from, derived from its key (the same answer every time it is read), so
    /// the referral-sources table has the same people as every other table.
    /// </summary>
    Task<IReadOnlyList<ReferralSourceFacts>> IReferralSourceSource.LoadAsync(
        IReadOnlySet<string> hubIds,
        CancellationToken cancellationToken
    ) =>
        Task.FromResult<IReadOnlyList<ReferralSourceFacts>>([
            .. journeys
                .Where(f => hubIds.Contains(f.HubId))
                .Select(f =>
                {
                    var spread = f.JourneyKey.Sum(c => (int)c);
                    var heardFrom = Hubs.Contracts.Journeys.ReferralSourceCodes.HeardFrom;
                    return new ReferralSourceFacts(
                        f.JourneyKey,
                        f.HubId,
                        f.ReferralMonth,
                        f.Sector ?? "other",
                        heardFrom[spread % heardFrom.Count],
                        spread % 4 == 0 ? "phone" : "online"
                    );
                }),
        ]);

    /// <summary>
    /// The query layer over these facts with every publisher of the catalogue (those whose facts are not held here
    /// publish their tables empty), under <paramref name="options"/> (the real rules when null).
    /// </summary>
    public InsightsQueries Queries(DisclosureOptions? options = null) =>
        new(FixedRecordKeys.Shared, Publishers()) { Options = options ?? DisclosureOptions.Default };

    /// <summary>Every publisher of <see cref="TablePublishers.All"/>, over these facts.</summary>
    public IReadOnlyList<ITablePublisher> Publishers()
    {
        var provider = new ServiceCollection()
            .AddSingleton<IJourneyFactsSource>(this)
            .AddSingleton<ITeamActivitySource>(this)
            .AddSingleton<IReferralSourceSource>(this)
            .AddSingleton<Features.HubWork.IHubWorkSource>(this)
            .AddSingleton<Features.GroupSupport.IGroupSupportSource>(this)
            .BuildServiceProvider();
        return [.. TablePublishers.All.Select(t => (ITablePublisher)ActivatorUtilities.CreateInstance(provider, t))];
    }
}

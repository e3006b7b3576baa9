using Hubs.Insights.Disclosure;
using Hubs.Insights.Features.Tables;
using Hubs.Insights.Metrics;

namespace Hubs.Insights.Tests.Dashboards;

/// <summary>
/// A journey table of hand-worked journeys as the service publishes it: their sums (<see cref="JourneyCells"/>)
/// added up by <see cref="JourneyTables"/> for the journeys' Hubs over one period, under the real rules unless told.
/// </summary>
internal static class JourneyTableOf
{
    public static Task<PublishedTable> PublishAsync(
        IEnumerable<JourneyFacts> journeys,
        RecordKeys keys,
        string table,
        string period,
        string? by = null,
        DisclosureOptions? options = null
    )
    {
        List<JourneyFacts> list = [.. journeys];
        var facts = new InMemoryFacts();
        facts.Set(list);
        var hubs = list.Select(j => j.HubId).ToHashSet(StringComparer.Ordinal);
        var hub = table == TableCatalogue.Hubs ? null : hubs.Single();
        var request = new TableRequest(table, hub, Period.Parse(period)!, by);
        var scope = new TableScope(request, hubs, keys, options ?? DisclosureOptions.Default);
        return new JourneyTables(facts).PublishAsync(scope, CancellationToken.None);
    }
}

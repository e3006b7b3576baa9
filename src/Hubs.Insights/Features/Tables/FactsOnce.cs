using Hubs.Insights.Metrics;

namespace Hubs.Insights.Features.Tables;

/// <summary>
/// The facts of one page's tables read once: a dashboard shows several tables of the same Hubs and period (the
/// equity page five breakdowns), and each read of the store costs as much as the rest of the page together.
/// </summary>
internal sealed class FactsOnce(IJourneyFactsSource source)
{
    private readonly Dictionary<string, IReadOnlyList<JourneyFacts>> _loaded = new(StringComparer.Ordinal);

    public async Task<IReadOnlyList<JourneyFacts>> LoadAsync(
        IReadOnlySet<string> hubIds,
        Period? period,
        CancellationToken cancellationToken
    )
    {
        var key = string.Join(',', hubIds.Order(StringComparer.Ordinal)) + "|" + period?.Code;
        if (!_loaded.TryGetValue(key, out var facts))
        {
            _loaded[key] = facts = await source.LoadAsync(hubIds, period, cancellationToken);
        }

        return facts;
    }

    public async Task<IReadOnlyList<JourneyFacts>> LoadMayBeWaitingAsync(
        IReadOnlySet<string> hubIds,
        Period period,
        CancellationToken cancellationToken
    )
    {
        var key = "waiting|" + string.Join(',', hubIds.Order(StringComparer.Ordinal)) + "|" + period.Code;
        if (!_loaded.TryGetValue(key, out var facts))
        {
            _loaded[key] = facts = await source.LoadMayBeWaitingAsync(hubIds, period, cancellationToken);
        }

        return facts;
    }
}

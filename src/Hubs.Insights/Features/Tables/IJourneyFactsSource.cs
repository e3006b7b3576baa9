using Hubs.Insights.Disclosure;
using Hubs.Insights.Metrics;

namespace Hubs.Insights.Features.Tables;

/// <summary>
/// Where the tables get their per-journey facts. The query layer asks for the Hubs it may show and
/// filters the rest itself, so any store of <see cref="JourneyFacts"/> can stand behind it.
/// </summary>
public interface IJourneyFactsSource
{
    Task<IReadOnlyList<JourneyFacts>> LoadAsync(IReadOnlySet<string> hubIds, CancellationToken cancellationToken);

    /// <summary>
    /// At least the journeys referred in <paramref name="period"/> (all of them when null): a store may leave the
    /// others in the database (the query layer filters by period itself), so a table of one quarter does not read
    /// ten years of journeys.
    /// </summary>
    Task<IReadOnlyList<JourneyFacts>> LoadAsync(
        IReadOnlySet<string> hubIds,
        Period? period,
        CancellationToken cancellationToken
    ) => LoadAsync(hubIds, cancellationToken);

    /// <summary>
    /// At least the journeys that may still be waiting at the end of some month of <paramref name="period"/> (open
    /// waits count everyone, whenever referred): a store may leave out those that cannot be, so the table does not
    /// read every journey of the Hub.
    /// </summary>
    Task<IReadOnlyList<JourneyFacts>> LoadMayBeWaitingAsync(
        IReadOnlySet<string> hubIds,
        Period period,
        CancellationToken cancellationToken
    ) => LoadAsync(hubIds, cancellationToken);

    /// <summary>
    /// The sums of one family of the journey tables (<see cref="JourneyCells"/>) of the given Hubs, from month
    /// <paramref name="from"/> (null: the first) to <paramref name="to"/>. A store keeps them summed; by default they
    /// are summed here from every journey (record keys from <paramref name="keys"/>).
    /// </summary>
    async Task<IReadOnlyList<JourneyCell>> LoadCellsAsync(
        IReadOnlySet<string> hubIds,
        string family,
        string? from,
        string to,
        RecordKeys keys,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(hubIds);
        ArgumentNullException.ThrowIfNull(keys);
        var facts = await LoadAsync(hubIds, cancellationToken);
        return
        [
            .. facts
                .Where(f => hubIds.Contains(f.HubId))
                .SelectMany(f => JourneyCells.Of(f, keys.Of(f.JourneyKey)))
                .Where(c =>
                    c.Family == family
                    && (from is null || string.CompareOrdinal(c.Month, from) >= 0)
                    && string.CompareOrdinal(c.Month, to) <= 0
                ),
        ];
    }
}

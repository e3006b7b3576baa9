using Hubs.Insights.Disclosure;
using Hubs.Insights.Features.Tables;
using Npgsql;

namespace Hubs.Insights.Store;

/// <summary>
/// The sums of some journeys (<see cref="JourneyCells"/>), each journey summed as the database sends it and then
/// dropped: what a refill holds grows with the Hub's rows of sums, not with its journeys (a Hub's journeys read whole
/// were most of the rebuild's memory at 1,000,000 journeys). The one summing path of a refill, in a rebuild and in
/// <c>migrate</c>'s first fill (<see cref="JourneyCellsRefill"/>).
/// </summary>
internal static class JourneyCellsSum
{
    public static async Task<JourneyCellTotals> OfAsync(
        Func<string, NpgsqlCommand> command,
        JourneyFactsFilter journeys,
        RecordKeys keys,
        CancellationToken cancellationToken
    )
    {
        var totals = new JourneyCellTotals();
        var scratch = new CellSums();
        await foreach (var facts in JourneyFactsStore.StreamAsync(command, journeys, cancellationToken))
        {
            JourneyCells.Of(facts, keys.Of(facts.JourneyKey), scratch, totals);
        }

        return totals;
    }
}

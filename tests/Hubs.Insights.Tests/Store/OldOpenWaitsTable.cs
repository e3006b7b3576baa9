using Hubs.Insights.Disclosure;
using Hubs.Insights.Features.Tables;
using Hubs.Insights.Metrics;

namespace Hubs.Insights.Tests.Store;

/// <summary>
/// Open waits the old way (<see cref="OldJourneyTables"/>): every journey, whenever referred, asked whether it waited
/// at the end of each month of the period, and for what and how long.
/// </summary>
internal static class OldOpenWaitsTable
{
    public static PublishedTable Publish(
        IReadOnlyList<JourneyFacts> journeys,
        RecordKeys keys,
        Period period,
        DisclosureOptions options
    )
    {
        var rows = period
            .Months.Select(month => new DraftRow<OpenWait>(
                month,
                [
                    .. journeys
                        .Select(j => (Wait: OpenWaits.At(j, month), Key: keys.Of(j.JourneyKey)))
                        .Where(w => w.Wait is not null)
                        .Select(w => new Keyed<OpenWait>(w.Wait!, w.Key)),
                ]
            ))
            .ToList();
        return CellTable.Publish(OpenWaitsTable.Title, rows, OpenWaitsTable.Measures, options: options);
    }
}

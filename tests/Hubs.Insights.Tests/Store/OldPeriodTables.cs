using Hubs.Insights.Disclosure;
using Hubs.Insights.Features.Tables;

namespace Hubs.Insights.Tests.Store;

/// <summary>
/// The journey tables by month of referral and by Hub, the old way (<see cref="OldJourneyTables"/>): each row
/// published from the journeys it holds, record by record.
/// </summary>
internal static class OldPeriodTables
{
    public static PublishedTable ByMonth(
        string title,
        IReadOnlyList<Keyed<JourneyRecord>> records,
        Period period,
        IReadOnlyList<Measure<JourneyRecord>> measures,
        DisclosureOptions options
    ) =>
        CellTable.Publish(
            title,
            TableRows.ByMonth(records, period, r => r.Facts.ReferralMonth),
            measures,
            options: options
        );

    public static PublishedTable ByHub(
        IReadOnlyList<Keyed<JourneyRecord>> records,
        IEnumerable<string> hubs,
        DisclosureOptions options
    ) =>
        CellTable.Publish(
            HubsTable.Title,
            [
                .. hubs.Order(StringComparer.Ordinal)
                    .Select(h => new DraftRow<JourneyRecord>(h, [.. records.Where(r => r.Record.Facts.HubId == h)])),
            ],
            HubsTable.Measures,
            options: options
        );
}

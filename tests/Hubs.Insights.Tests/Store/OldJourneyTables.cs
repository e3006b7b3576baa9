using Hubs.Insights.Disclosure;
using Hubs.Insights.Features.Tables;
using Hubs.Insights.Metrics;

namespace Hubs.Insights.Tests.Store;

/// <summary>
/// The journey tables the old way, kept here to check the stored sums against: every journey of the period read
/// and published record by record (open waits: every journey, each asked whether it waited at each month end).
/// </summary>
internal static class OldJourneyTables
{
    public static PublishedTable Publish(
        TableRequest request,
        IReadOnlyList<JourneyFacts> journeys,
        IReadOnlySet<string> hubs,
        RecordKeys keys,
        DisclosureOptions options
    )
    {
        var period = request.Period;
        var ours = journeys.Where(f => hubs.Contains(f.HubId)).ToList();
        if (request.Table == TableCatalogue.OpenWaits)
        {
            return OpenWaitsTable.Publish(
                [.. ours.Select(f => new Keyed<JourneyFacts>(f, keys.Of(f.JourneyKey)))],
                period,
                options
            );
        }

        List<Keyed<JourneyRecord>> records =
        [
            .. ours.Where(f => period.Contains(f.ReferralMonth))
                .Select(f => new Keyed<JourneyRecord>(JourneyRecord.Of(f), keys.Of(f.JourneyKey))),
        ];
        return request.Table switch
        {
            TableCatalogue.Trends => TrendsTable.Publish(records, period, options: options),
            TableCatalogue.Hubs => HubsTable.Publish(records, hubs, options: options),
            TableCatalogue.Waits => WaitsTable.Publish(records, period, options: options),
            TableCatalogue.Outcomes => OutcomesTable.Publish(records, period, options: options),
            TableCatalogue.Attendance => AttendanceTable.Publish(records, period, options: options),
            TableCatalogue.DischargeReasons => DischargeReasonsTable.Publish(records, options: options),
            TableCatalogue.Equity => EquityTable.Publish(records, request.By!, options: options),
            TableCatalogue.MeasureOutcomes => MeasureOutcomesTable.Publish(records, options),
            _ => throw new ArgumentException($"Not a journey table: {request.Table}.", nameof(request)),
        };
    }
}

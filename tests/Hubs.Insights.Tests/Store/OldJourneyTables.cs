using Hubs.Insights.Disclosure;
using Hubs.Insights.Features.Tables;
using Hubs.Insights.Metrics;

namespace Hubs.Insights.Tests.Store;

/// <summary>
/// The journey tables the old way, the reference the stored sums are checked against: every journey of the period read
/// and published record by record (open waits: every journey, each asked whether it waited at each month end), with
/// the same measures, rows and rules as <see cref="JourneyTables"/>. Nothing in the service publishes this way now.
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
            return OldOpenWaitsTable.Publish(ours, keys, period, options);
        }

        List<Keyed<JourneyRecord>> records =
        [
            .. ours.Where(f => period.Contains(f.ReferralMonth))
                .Select(f => new Keyed<JourneyRecord>(JourneyRecord.Of(f), keys.Of(f.JourneyKey))),
        ];
        PublishedTable Monthly(string title, IReadOnlyList<Measure<JourneyRecord>> measures) =>
            OldPeriodTables.ByMonth(title, records, period, measures, options);
        return request.Table switch
        {
            TableCatalogue.Trends => Monthly(TrendsTable.Title, TrendsTable.Measures),
            TableCatalogue.Hubs => OldPeriodTables.ByHub(records, hubs, options),
            TableCatalogue.Waits => Monthly(WaitsTable.Title, WaitsTable.Measures),
            TableCatalogue.Outcomes => Monthly(OutcomesTable.Title, OutcomesTable.Measures),
            TableCatalogue.Attendance => Monthly(AttendanceTable.Title, AttendanceTable.Measures),
            TableCatalogue.DischargeReasons => OldJourneyBreakdowns.DischargeReasons(records, options),
            TableCatalogue.Equity => OldJourneyBreakdowns.Equity(records, request.By!, options),
            TableCatalogue.MeasureOutcomes => OldJourneyBreakdowns.MeasureOutcomes(records, options),
            _ => throw new ArgumentException($"Not a journey table: {request.Table}.", nameof(request)),
        };
    }
}

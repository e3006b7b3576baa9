using Hubs.Insights.Disclosure;
using Hubs.Insights.Metrics;

namespace Hubs.Insights.Features.Tables;

/// <summary>
/// The tables of the per-journey facts: the period picks the journeys referred in it (open waits: everyone who may
/// still be waiting at the end of one of its months, whenever referred, narrowed in the database), each keyed by its
/// journey; the facts are read once for a page's tables.
/// </summary>
public sealed class JourneyTables(IJourneyFactsSource source) : ITablePublisher
{
    public IReadOnlyCollection<string> Tables { get; } =
    [
        TableCatalogue.Trends,
        TableCatalogue.Hubs,
        TableCatalogue.Waits,
        TableCatalogue.OpenWaits,
        TableCatalogue.Outcomes,
        TableCatalogue.Attendance,
        TableCatalogue.DischargeReasons,
        TableCatalogue.Equity,
        TableCatalogue.MeasureOutcomes,
    ];

    public async Task<PublishedTable> PublishAsync(TableScope scope, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var request = scope.Request;
        var options = scope.Options;
        var hubKey = string.Join(',', scope.Hubs.Order(StringComparer.Ordinal));
        if (request.Table == TableCatalogue.OpenWaits)
        {
            // Everyone of the Hub who may still be waiting at the end of a month of the period, whenever referred.
            var waiting = await scope.ReadOnceAsync("waiting|" + hubKey + "|" + request.Period.Code, () =>
                source.LoadMayBeWaitingAsync(scope.Hubs, request.Period, cancellationToken)
            );
            var everyone = waiting
                .Where(f => scope.Hubs.Contains(f.HubId))
                .Select(f => new Keyed<JourneyFacts>(f, scope.Keys.Of(f.JourneyKey)));
            return OpenWaitsTable.Publish([.. everyone], request.Period, options);
        }

        var facts = await scope.ReadOnceAsync("journeys|" + hubKey + "|" + request.Period.Code, () =>
            source.LoadAsync(scope.Hubs, request.Period, cancellationToken)
        );
        var records = scope
            .InPeriod(facts, f => f.HubId, f => f.ReferralMonth, f => f.JourneyKey)
            .Select(f => new Keyed<JourneyRecord>(JourneyRecord.Of(f.Record), f.Key))
            .ToList();
        return request.Table switch
        {
            TableCatalogue.Trends => TrendsTable.Publish(records, request.Period, options: options),
            TableCatalogue.Hubs => HubsTable.Publish(records, scope.Hubs, options: options),
            TableCatalogue.Waits => WaitsTable.Publish(records, request.Period, options: options),
            TableCatalogue.Outcomes => OutcomesTable.Publish(records, request.Period, options: options),
            TableCatalogue.Attendance => AttendanceTable.Publish(records, request.Period, options: options),
            TableCatalogue.DischargeReasons => DischargeReasonsTable.Publish(records, options: options),
            TableCatalogue.Equity => EquityTable.Publish(
                records,
                request.By ?? EquityBreakdown.Default,
                options: options
            ),
            TableCatalogue.MeasureOutcomes => MeasureOutcomesTable.Publish(records, options),
            _ => throw new ArgumentException($"Unknown table '{request.Table}'.", nameof(scope)),
        };
    }
}

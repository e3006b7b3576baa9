using Hubs.Insights.Disclosure;

namespace Hubs.Insights.Features.Tables;

/// <summary>
/// The one way pages, CSV downloads and feeds get a table: the caller's Hubs narrow the facts, the filter
/// picks the cohort, and a table builder publishes it through disclosure control.
/// </summary>
public sealed class InsightsQueries(IJourneyFactsSource journeys, ITeamActivitySource teamActivities)
{
    /// <summary>
    /// The table for the Hubs the caller may see (their <c>hub</c> claims); null when the filter names a
    /// Hub that is not one of them.
    /// </summary>
    public async Task<PublishedTable?> PublishAsync(TableRequest request, IReadOnlySet<string> callerHubs, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(callerHubs);
        var filter = request.Filter;
        if (filter.Hub is not null && !callerHubs.Contains(filter.Hub))
        {
            return null;
        }

        IReadOnlySet<string> hubs = filter.Hub is null ? callerHubs : new HashSet<string>(StringComparer.Ordinal) { filter.Hub };
        if (request.Table == TableCatalogue.TeamSupport)
        {
            var held = await teamActivities.LoadAsync(hubs, cancellationToken);
            return TeamSupportTable.Publish(held.Where(a => hubs.Contains(a.HubId) && Cohort.InPeriod(a.Month, filter)).ToList());
        }

        var cohort = Cohort.Select(await journeys.LoadAsync(hubs, cancellationToken), hubs, filter);
        return request.Table switch
        {
            TableCatalogue.Trends => TrendsTable.Publish(cohort, filter),
            TableCatalogue.Hubs => HubsTable.Publish(cohort),
            TableCatalogue.Waits => WaitsTable.Publish(cohort),
            TableCatalogue.Outcomes => OutcomesTable.Publish(cohort),
            TableCatalogue.Attendance => AttendanceTable.Publish(cohort),
            TableCatalogue.DischargeReasons => DischargeReasonsTable.Publish(cohort),
            TableCatalogue.Equity => EquityTable.Publish(cohort, request.By ?? EquityBreakdown.Default),
            _ => throw new ArgumentException($"Unknown table '{request.Table}'.", nameof(request)),
        };
    }
}

using Hubs.Insights.Disclosure;
using Hubs.Insights.Metrics;

namespace Hubs.Insights.Features.Tables;

/// <summary>
/// The tables of the per-journey facts, published from their stored sums (<see cref="JourneyCells"/>): the period
/// picks the months of referral (open waits: the month ends of the period, and the waits left open before them), the
/// rows add up their months' and groups' sums, and every cell is published from them through <see cref="CellRules"/>
/// exactly as from the journeys themselves. A family's sums are read once for a page's tables.
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
        var period = request.Period;
        var options = scope.Options;
        if (request.Table == TableCatalogue.OpenWaits)
        {
            var waited = await ReadAsync(scope, CellFamilies.OpenWaits, period.Months[0], cancellationToken);
            var open = await ReadAsync(scope, CellFamilies.OpenSpells, null, cancellationToken);
            return CellTable.Publish(
                OpenWaitsTable.Title,
                [.. period.Months.Select(m => new SummedRow(m, SummedRows.OpenAt(waited, open, m)))],
                OpenWaitsTable.Measures,
                options: options
            );
        }

        var family = request.Table switch
        {
            TableCatalogue.Equity => CellFamilies.Equity(request.By ?? EquityBreakdown.Default),
            TableCatalogue.DischargeReasons => CellFamilies.Ended,
            TableCatalogue.MeasureOutcomes => CellFamilies.Measures,
            _ => CellFamilies.Journeys,
        };
        var cells = await ReadAsync(scope, family, period.Months[0], cancellationToken);
        return request.Table switch
        {
            TableCatalogue.Trends => ByMonth(TrendsTable.Title, cells, period, TrendsTable.Measures, options),
            TableCatalogue.Waits => ByMonth(WaitsTable.Title, cells, period, WaitsTable.Measures, options),
            TableCatalogue.Outcomes => ByMonth(OutcomesTable.Title, cells, period, OutcomesTable.Measures, options),
            TableCatalogue.Attendance => ByMonth(
                AttendanceTable.Title,
                cells,
                period,
                AttendanceTable.Measures,
                options
            ),
            TableCatalogue.Hubs => CellTable.Publish(
                HubsTable.Title,
                [
                    .. scope
                        .Hubs.Order(StringComparer.Ordinal)
                        .Select(h => SummedRows.Row(h, cells.Where(c => c.Hub == h))),
                ],
                HubsTable.Measures,
                options: options
            ),
            TableCatalogue.Equity => Equity(cells, request.By ?? EquityBreakdown.Default, options),
            TableCatalogue.DischargeReasons => CellTable.Publish(
                DischargeReasonsTable.Title,
                SummedRows.ByGroup(cells, DischargeReasonsTable.Codes, "Total"),
                DischargeReasonsTable.Measures,
                hideZerosUnderSuppressedTotal: true,
                options
            ),
            TableCatalogue.MeasureOutcomes => CellTable.Publish(
                MeasureOutcomesTable.Title,
                [.. MeasureOutcomesTable.Codes.Select(code => SummedRows.Row(code, cells.Where(c => c.Group == code)))],
                MeasureOutcomesTable.Columns,
                options: options
            ),
            _ => throw new ArgumentException($"Unknown table '{request.Table}'.", nameof(scope)),
        };
    }

    private static PublishedTable ByMonth(
        string title,
        IReadOnlyList<JourneyCell> cells,
        Period period,
        IReadOnlyList<Measure<JourneyRecord>> measures,
        DisclosureOptions options
    ) => CellTable.Publish(title, SummedRows.ByMonth(cells, period), measures, options: options);

    private static PublishedTable Equity(IReadOnlyList<JourneyCell> cells, string by, DisclosureOptions options)
    {
        var (dimension, name) = EquityBreakdown.ByCode[by];
        return CellTable.Publish(
            Wording.CommissionerWords.Titles.Equity(name),
            SummedRows.ByGroup(cells, Categories.Of(dimension), EquityTable.OverallLabel),
            EquityTable.Measures,
            hideZerosUnderSuppressedTotal: true,
            options
        );
    }

    /// <summary>A family's sums of the scope's Hubs from a month (null: from the first) to the period's last.</summary>
    private Task<IReadOnlyList<JourneyCell>> ReadAsync(
        TableScope scope,
        string family,
        string? from,
        CancellationToken cancellationToken
    )
    {
        var hubKey = string.Join(',', scope.Hubs.Order(StringComparer.Ordinal));
        var to = scope.Period.Months[^1];
        return scope.ReadOnceAsync($"cells|{family}|{hubKey}|{from}|{to}", () =>
            source.LoadCellsAsync(scope.Hubs, family, from, to, scope.Keys, cancellationToken)
        );
    }
}

using System.Globalization;
using Hubs.Insights.Disclosure;
using Hubs.Insights.Features.Tables;

namespace Hubs.Insights.Tests.Disclosure;

/// <summary>
/// Reads every table of the catalogue a caller can ask for (every Hub, table, breakdown and period) and names
/// each published count by what it counts: Hub, period, group and measure. The same name in two tables is the
/// same people, so it must show the same figure.
/// </summary>
internal static class CatalogueReader
{
    public static IEnumerable<string> Periods(int firstYear, int lastYear)
    {
        for (var year = firstYear; year <= lastYear; year++)
        {
            foreach (var month in Enumerable.Range(1, 12))
            {
                yield return string.Create(CultureInfo.InvariantCulture, $"{year}-{month:00}");
            }

            foreach (var quarter in Enumerable.Range(1, 4))
            {
                yield return string.Create(CultureInfo.InvariantCulture, $"{year}-Q{quarter}");
            }

            yield return string.Create(CultureInfo.InvariantCulture, $"FY{year}-{(year + 1) % 100:00}");
        }
    }

    /// <summary>
    /// Every published count cell (and rate named with a trailing %), by name; a name published twice with different
    /// figures fails the test.
    /// </summary>
    public static async Task<Dictionary<string, PublishedCell>> ReadAsync(
        InsightsQueries queries,
        IReadOnlySet<string> hubs,
        IEnumerable<string> periods
    )
    {
        var cells = new Dictionary<string, PublishedCell>(StringComparer.Ordinal);
        foreach (var period in periods.Select(p => Period.Parse(p)!))
        {
            foreach (var table in TableCatalogue.All.Where(t => t.Publishes(period)))
            {
                string?[] breakdowns = table.Code == TableCatalogue.Equity ? [.. EquityBreakdown.ByCode.Keys] : [null];
                foreach (var hub in table.Rows == TableRowsKind.Hubs ? [null] : hubs.Select(h => (string?)h).ToArray())
                {
                    foreach (var by in breakdowns)
                    {
                        var published = (
                            await queries.PublishAsync(
                                new TableRequest(table.Code, hub, period, by),
                                hubs,
                                CancellationToken.None
                            )
                        )!;
                        foreach (var (name, cell) in Named(table.Code, hub, period.Code, by, published))
                        {
                            Assert.True(
                                !cells.TryGetValue(name, out var seen) || seen == cell,
                                $"{name} is published as {seen?.Display} and as {cell.Display}"
                            );
                            cells[name] = cell;
                        }
                    }
                }
            }
        }

        return cells;
    }

    private static IEnumerable<(string Name, PublishedCell Cell)> Named(
        string table,
        string? hub,
        string period,
        string? by,
        PublishedTable published
    )
    {
        // Counts, and the equity table's entered-treatment rate (its base is the referrals beside it), named with a %.
        var counts = published
            .Columns.Select((c, i) => (c, i))
            .Where(x =>
                x.c.Kind == ColumnKind.Count || (table == TableCatalogue.Equity && x.c.Key == "entered-treatment")
            )
            .ToList();
        foreach (var row in published.Rows)
        {
            var (rowHub, rowPeriod, group) = table switch
            {
                TableCatalogue.Hubs => (row.Label, period, "all"),
                TableCatalogue.Equity => (hub!, period, row.IsTotal ? "all" : $"{by}={row.Label}"),
                TableCatalogue.DischargeReasons => (hub!, period, row.IsTotal ? "ended" : $"ended={row.Label}"),
                TableCatalogue.TeamSupport or TableCatalogue.SessionRatings => (
                    hub!,
                    period,
                    row.IsTotal ? "team" : $"team={row.Label}"
                ),
                TableCatalogue.MeasureOutcomes => (hub!, period, $"finished-paired={row.Label}"),
                TableCatalogue.ReferralSources => (hub!, period, row.IsTotal ? "all" : $"heard-from={row.Label}"),
                // Hub work (issue 21): referrals by sector are the equity table's cells by sector, the same people.
                TableCatalogue.ReferralsAfterGroupWork => (hub!, period, row.IsTotal ? "all" : $"sector={row.Label}"),
                TableCatalogue.Consultations => (hub!, period, Group("consultations", row)),
                TableCatalogue.Outreach => (hub!, period, Group("outreach", row)),
                TableCatalogue.ReflectiveGroups => (hub!, period, Group("meetings", row)),
                // The breakdowns by sector and organisation type: their totals are the same records as above.
                TableCatalogue.OutreachByOrganisationType => (hub!, period, Group("outreach", "outreach-type", row)),
                TableCatalogue.ReflectiveGroupsBySector => (hub!, period, Group("meetings", "meetings-sector", row)),
                TableCatalogue.AdverseEventsBySector => (hub!, period, Group("adverse-events", "adverse-sector", row)),
                TableCatalogue.AdverseEventResponse => (hub!, row.Label, "adverse-events"),
                TableCatalogue.Workshops => (hub!, row.Label, "workshops"),
                _ => (hub!, row.Label, "all"),
            };
            foreach (var (column, index) in counts)
            {
                yield return (
                    Name(rowHub, rowPeriod, group, column.Key + (column.Kind == ColumnKind.Percent ? "%" : "")),
                    row.Cells[index]
                );
            }
        }
    }

    private static string Group(string total, PublishedRow row) => Group(total, total, row);

    private static string Group(string total, string breakdown, PublishedRow row) =>
        row.IsTotal ? total : $"{breakdown}={row.Label}";

    public static string Name(string hub, string period, string group, string measure) =>
        $"{hub}|{period}|{group}|{measure}";

    public static (string Hub, string Period, string Group, string Measure) Parts(string name) =>
        name.Split('|') is [var h, var p, var g, var m]
            ? (h, p, g, m)
            : throw new ArgumentException(name, nameof(name));
}

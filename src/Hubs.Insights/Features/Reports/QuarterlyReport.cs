using Hubs.Insights.Features.Tables;
using Hubs.Insights.Pages.Shared;

namespace Hubs.Insights.Features.Reports;

/// <summary>One page of the report: a Hub's tables, or (Hub null) the tables of all the reader's Hubs.</summary>
public sealed record ReportPage(string? Hub, IReadOnlyList<ChartedTable> Tables);

/// <summary>The quarterly report of one Hub, or of all the reader's Hubs (an overview page first).</summary>
public sealed record QuarterlyReport(Period Quarter, IReadOnlyList<ReportPage> Pages);

/// <summary>
/// Builds the report from the published tables only (<see cref="InsightsQueries"/>), so the page, the printout and
/// the PDF show exactly the figures of the dashboards, CSV and feeds.
/// </summary>
public sealed class QuarterlyReportBuilder(InsightsQueries queries)
{
    /// <returns>Null when <paramref name="hub"/> is not one of the reader's Hubs.</returns>
    public async Task<QuarterlyReport?> BuildAsync(
        string? hub,
        Period quarter,
        IReadOnlySet<string> readerHubs,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(quarter);
        ArgumentNullException.ThrowIfNull(readerHubs);
        if (hub is not null && !readerHubs.Contains(hub))
        {
            return null;
        }

        var pages = new List<ReportPage>();
        if (hub is null)
        {
            pages.Add(await PageAsync(null, QuarterlyReportSections.AllHubs, quarter, readerHubs, cancellationToken));
        }

        foreach (var each in hub is null ? [.. readerHubs.Order(StringComparer.Ordinal)] : new[] { hub })
        {
            pages.Add(await PageAsync(each, QuarterlyReportSections.PerHub, quarter, readerHubs, cancellationToken));
        }

        return new QuarterlyReport(quarter, pages);
    }

    private async Task<ReportPage> PageAsync(
        string? hub,
        IReadOnlyList<ReportSection> sections,
        Period quarter,
        IReadOnlySet<string> readerHubs,
        CancellationToken cancellationToken
    )
    {
        var tables = new List<ChartedTable>();
        foreach (var section in sections)
        {
            var table = await queries.PublishAsync(
                new TableRequest(section.Table, hub, quarter, section.By),
                readerHubs,
                cancellationToken
            );
            var code = $"{hub ?? "all"}-{section.Table}{(section.By is null ? "" : "-" + section.By)}";
            tables.Add(new ChartedTable(code, table!, section.Chart, null, section.Description));
        }

        return new ReportPage(hub, tables);
    }
}

using Hubs.Insights.Disclosure;

namespace Hubs.Insights.Pages.Shared;

/// <summary>How a published table is charted: which columns, as lines over months or as bars by group.</summary>
public sealed record ChartSpec(string Type, IReadOnlyList<string> Columns, bool IncludeTotal = false);

/// <summary>
/// One table on a dashboard: its chart, the accessible table beside it and its CSV download (none in a report).
/// </summary>
public sealed record ChartedTable(
    string Code,
    PublishedTable Table,
    ChartSpec Chart,
    string? CsvHref,
    string Description
)
{
    public string Id => $"table-{Code}";
}

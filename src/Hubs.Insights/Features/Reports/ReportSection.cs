using Hubs.Insights.Pages.Shared;

namespace Hubs.Insights.Features.Reports;

/// <summary>
/// One section of the quarterly report: a table of the catalogue (with its equity breakdown, if any), how it is
/// charted, and what it tells the reader. The report holds nothing but published tables.
/// </summary>
public sealed record ReportSection(string Table, ChartSpec Chart, string Description, string? By = null);

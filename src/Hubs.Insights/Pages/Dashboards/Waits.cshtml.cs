using Hubs.Insights.Features.Tables;
using Hubs.Insights.Pages.Shared;

namespace Hubs.Insights.Pages.Dashboards;

public sealed class WaitsModel(InsightsQueries queries, TimeProvider clock) : DashboardPageModel(queries, clock)
{
    protected override IEnumerable<(string, string?, ChartSpec, string)> Contents() =>
    [
        (TableCatalogue.Waits, null, new ChartSpec("line", ["assessment-within-42", "assessment-within-126", "first-treatment-within-42", "first-treatment-within-126"]),
            "Only people who have reached each step count: a wait still running has no length yet. 6 weeks is 42 days and 18 weeks is 126 days, inclusive."),
    ];
}

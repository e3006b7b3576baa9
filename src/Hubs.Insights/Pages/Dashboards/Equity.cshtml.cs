using Hubs.Insights.Features.Tables;
using Hubs.Insights.Pages.Shared;

namespace Hubs.Insights.Pages.Dashboards;

public sealed class EquityModel(InsightsQueries queries, TimeProvider clock) : DashboardPageModel(queries, clock)
{
    private static readonly ChartSpec Chart = new(
        "bar",
        ["entered-treatment", "recovery", "reliable-improvement"],
        IncludeTotal: true
    );

    protected override IEnumerable<(string, string?, ChartSpec, string)> Contents() =>
        EquityBreakdown
            .ByCode.Where(by => by.Key != "sector")
            .Select(by =>
                (
                    TableCatalogue.Equity,
                    (string?)by.Key,
                    Chart,
                    $"By {by.Value.Name.ToLowerInvariant()}, as the staff "
                        + "stated it. The overall row is every group together."
                )
            );
}

using Hubs.Insights.Features.Tables;
using Hubs.Insights.Pages.Shared;

namespace Hubs.Insights.Pages.Dashboards;

public sealed class TrendsModel(InsightsQueries queries, TimeProvider clock) : DashboardPageModel(queries, clock)
{
    protected override IEnumerable<(string, string?, ChartSpec, string)> Contents() =>
        [
            (
                TableCatalogue.Trends,
                null,
                new ChartSpec("line", ["referrals", "screened", "entered-treatment", "finished-course"]),
                "Each row is the staff who referred themselves that month; the "
                    + "later columns count how many of them have reached each step so far."
            ),
            (
                TableCatalogue.Hubs,
                null,
                new ChartSpec("bar", ["referrals", "entered-treatment", "finished-course"]),
                "Your Hubs side by side over the same period."
            ),
            (
                TableCatalogue.Equity,
                "sector",
                new ChartSpec("bar", ["referrals"]),
                "Referrals in the period by the sector the staff work in, every sector listed."
            ),
        ];
}

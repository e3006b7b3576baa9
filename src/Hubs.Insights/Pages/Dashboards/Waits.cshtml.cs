using Hubs.Insights.Features.Tables;
using Hubs.Insights.Pages.Shared;

namespace Hubs.Insights.Pages.Dashboards;

public sealed class WaitsModel(InsightsQueries queries, TimeProvider clock) : DashboardPageModel(queries, clock)
{
    protected override IEnumerable<(string, string?, ChartSpec, string)> Contents() =>
        [
            (
                TableCatalogue.Waits,
                null,
                new ChartSpec(
                    "line",
                    [
                        "assessment-within-42",
                        "assessment-within-126",
                        "first-treatment-within-42",
                        "first-treatment-within-126",
                    ]
                ),
                "Only people who have reached each step count: a wait still running has "
                    + "no length yet. 6 weeks is 42 days and 18 weeks is 126 days, inclusive. "
                    + "The hidden wait is from the first to the second treatment appointment."
            ),
            (
                TableCatalogue.OpenWaits,
                null,
                new ChartSpec("line", ["waiting-triage", "waiting-assessment", "waiting-treatment"]),
                "Everyone still waiting at the end of each month, whenever they referred "
                    + "themselves, by the step they wait for; weeks are counted from the week of referral."
            ),
        ];
}

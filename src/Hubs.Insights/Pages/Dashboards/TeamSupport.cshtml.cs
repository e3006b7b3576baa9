using Hubs.Insights.Features.Tables;
using Hubs.Insights.Pages.Shared;

namespace Hubs.Insights.Pages.Dashboards;

public sealed class TeamSupportModel(InsightsQueries queries, TimeProvider clock) : DashboardPageModel(queries, clock)
{
    protected override IEnumerable<(string, string?, ChartSpec, string)> Contents() =>
        [
            (
                TableCatalogue.TeamSupport,
                null,
                new ChartSpec("bar", ["activities", "attendances"]),
                "Activities held in the period, by the month they took place, and "
                    + "how many attended. Attendance is a head count: nobody is named."
            ),
        ];
}

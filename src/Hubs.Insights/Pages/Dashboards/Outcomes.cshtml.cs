using Hubs.Insights.Features.Tables;
using Hubs.Insights.Pages.Shared;

namespace Hubs.Insights.Pages.Dashboards;

public sealed class OutcomesModel(InsightsQueries queries, TimeProvider clock) : DashboardPageModel(queries, clock)
{
    protected override IEnumerable<(string, string?, ChartSpec, string)> Contents() =>
        [
            (
                TableCatalogue.Outcomes,
                null,
                new ChartSpec(
                    "line",
                    ["recovery", "reliable-improvement", "reliable-recovery", "reliable-deterioration"]
                ),
                "Rates are of people who finished a course (at least 2 treatment appointments) "
                    + "with first and last PHQ-9 and GAD-7 scores; recovery is of those at caseness "
                    + "at the start. Courses without paired scores are counted, not dropped."
            ),
            (
                TableCatalogue.Attendance,
                null,
                new ChartSpec("line", ["dna", "drop-out"]),
                "The did-not-attend rate is of attended and missed treatment appointments (cancellations "
                    + "are in neither); the drop-out rate is of journeys that ended after entering treatment."
            ),
            (
                TableCatalogue.DischargeReasons,
                null,
                new ChartSpec("bar", ["journeys"]),
                "Journeys of the period that have ended, by the reason recorded at discharge."
            ),
        ];
}

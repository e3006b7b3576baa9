using Hubs.Insights.Features.Tables;
using Hubs.Insights.Features.Tables.Evaluation;
using Hubs.Insights.Pages.Shared;

namespace Hubs.Insights.Pages.Dashboards;

/// <summary>Experience of the service, work outcomes and presenting themes by sector (issue 19).</summary>
public sealed class EvaluationModel(InsightsQueries queries, TimeProvider clock) : DashboardPageModel(queries, clock)
{
    protected override IEnumerable<(string, string?, ChartSpec, string)> Contents() =>
        [
            (
                EvaluationTables.Experience,
                null,
                new ChartSpec("bar", ["positive-overall", "positive-statements"], IncludeTotal: true),
                "Short experience questionnaires keyworkers chose to answer after their assessment and after their "
                    + "support ended. Positive overall means very good or good."
            ),
            (
                EvaluationTables.WorkOutcomes,
                null,
                new ChartSpec("bar", ["leaving-before", "leaving-after"]),
                "Journeys with work outcomes recorded at both assessment and discharge, by the month of discharge. "
                    + "Days off sick are for mental health, in the 4 weeks before each record."
            ),
            (
                EvaluationTables.Themes,
                null,
                new ChartSpec("bar", ["all"]),
                "What brought people to the Hub, as coded by their clinician at assessment. A person may have "
                    + "several themes, so themes add up to more than the people coded."
            ),
        ];
}

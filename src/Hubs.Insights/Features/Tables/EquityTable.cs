using Hubs.Insights.Disclosure;
using Hubs.Insights.Metrics;

namespace Hubs.Insights.Features.Tables;

/// <summary>
/// Access and outcome by an equity group against the overall rate of the Hubs shown: referrals, the
/// share of them that entered treatment, the median wait to first treatment, recovery and reliable
/// improvement. The total row is the overall figure every group is read against.
/// </summary>
public static class EquityTable
{
    public const string OverallLabel = "Overall";

    public static PublishedTable Publish(IReadOnlyCollection<JourneyFacts> cohort, string by, MetricThresholds? thresholds = null)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        var (dimension, name) = EquityBreakdown.ByCode[by];
        var groups = CohortGroups.Split(cohort, dimension);
        var outcomes = groups.Select(g => g.Facts.Select(f => JourneyOutcome.Classify(f, thresholds)).ToList()).ToList();
        DraftColumn[] columns =
        [
            new CountColumn("referrals", "Referrals", groups.Select(g => (long)g.Facts.Count).ToList()),
            new RateColumn("entered-treatment", "Entered treatment", outcomes.Select(OutcomeMetrics.EnteredTreatment).ToList()),
            new SummaryColumn(
                "first-treatment-median-days",
                "Median days to first treatment",
                groups.Select(g => WaitMetrics.ToFirstTreatment(g.Facts, thresholds).MedianDays).ToList(),
                WaitMetrics.ToFirstTreatment(cohort, thresholds).MedianDays),
            new RateColumn("recovery", "Recovery rate", outcomes.Select(OutcomeMetrics.Recovery).ToList()),
            new RateColumn("reliable-improvement", "Reliable improvement rate", outcomes.Select(OutcomeMetrics.ReliableImprovement).ToList()),
        ];
        var draft = new TableDraft($"Access and outcome by {name.ToLowerInvariant()}", groups.Select(g => g.Label).ToList(), columns, TotalLabel: OverallLabel);
        return DisclosureControl.Publish(draft);
    }
}

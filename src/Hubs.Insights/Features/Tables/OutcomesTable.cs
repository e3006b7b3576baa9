using Hubs.Insights.Disclosure;
using Hubs.Insights.Metrics;

namespace Hubs.Insights.Features.Tables;

/// <summary>
/// Outcomes of finished courses by month of referral: caseness at the start, recovery, reliable
/// improvement, recovery and deterioration, and the finished courses they rest on (with the ones that
/// lack paired scores, which the rates leave out).
/// </summary>
public static class OutcomesTable
{
    public const string Title = "Outcomes of finished courses by month of referral";

    public static PublishedTable Publish(IReadOnlyCollection<JourneyFacts> cohort, MetricThresholds? thresholds = null)
    {
        var groups = CohortGroups.Split(cohort, Dimension.Month);
        var outcomes = groups.Select(g => g.Facts.Select(f => JourneyOutcome.Classify(f, thresholds)).ToList()).ToList();
        DraftColumn[] columns =
        [
            Counted("finished-course", "Finished a course", OutcomeMetrics.FinishedCourse),
            Counted("finished-no-paired-scores", "Finished, no paired scores", OutcomeMetrics.FinishedWithoutPairedScores),
            Rated("caseness", "At caseness at the start", OutcomeMetrics.AtCasenessAtStart),
            Rated("recovery", "Recovery rate", OutcomeMetrics.Recovery),
            Rated("reliable-improvement", "Reliable improvement rate", OutcomeMetrics.ReliableImprovement),
            Rated("reliable-recovery", "Reliable recovery rate", OutcomeMetrics.ReliableRecovery),
            Rated("reliable-deterioration", "Reliable deterioration rate", OutcomeMetrics.ReliableDeterioration),
        ];
        return DisclosureControl.Publish(new TableDraft(Title, groups.Select(g => g.Label).ToList(), columns));

        CountColumn Counted(string key, string label, Func<IEnumerable<JourneyOutcome>, Ratio> metric) =>
            new(key, label, outcomes.Select(o => metric(o).Numerator).ToList());

        RateColumn Rated(string key, string label, Func<IEnumerable<JourneyOutcome>, Ratio> metric) =>
            new(key, label, outcomes.Select(metric).ToList());
    }
}

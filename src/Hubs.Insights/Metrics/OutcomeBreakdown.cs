using Hubs.Insights.Disclosure;

namespace Hubs.Insights.Metrics;

/// <summary>
/// Referrals, treatment and outcome metrics by one <see cref="Dimension"/>: one row per group and a total
/// row, published through <see cref="DisclosureControl"/>.
/// </summary>
public static class OutcomeBreakdown
{
    public static PublishedTable Publish(
        IEnumerable<JourneyFacts> cohort, Dimension dimension, MetricThresholds? thresholds = null, DisclosureOptions? disclosure = null)
    {
        var groups = CohortGroups.Split(cohort, dimension);
        var outcomes = groups.Select(g => g.Facts.Select(f => JourneyOutcome.Classify(f, thresholds)).ToList()).ToList();
        DraftColumn[] columns =
        [
            new CountColumn("referrals", "Referrals", groups.Select(g => (long)g.Facts.Count).ToList()),
            Counted("entered-treatment", "Entered treatment", OutcomeMetrics.EnteredTreatment),
            Counted("finished-course", "Finished a course", OutcomeMetrics.FinishedCourse),
            Counted("finished-no-paired-scores", "Finished, no paired scores", OutcomeMetrics.FinishedWithoutPairedScores),
            Rated("recovery", "Recovery rate", OutcomeMetrics.Recovery),
            Rated("reliable-improvement", "Reliable improvement rate", OutcomeMetrics.ReliableImprovement),
            Rated("reliable-deterioration", "Reliable deterioration rate", OutcomeMetrics.ReliableDeterioration),
            Rated("reliable-recovery", "Reliable recovery rate", OutcomeMetrics.ReliableRecovery),
            new RateColumn("dna", "Did-not-attend rate", groups.Select(g => AttendanceMetrics.DidNotAttendRate(g.Facts)).ToList()),
            new RateColumn("drop-out", "Drop-out rate", groups.Select(g => AttendanceMetrics.DropOutRate(g.Facts)).ToList()),
        ];
        return DisclosureControl.Publish(new TableDraft($"Outcomes by {dimension}", groups.Select(g => g.Label).ToList(), columns), disclosure);

        CountColumn Counted(string key, string label, Func<IEnumerable<JourneyOutcome>, Ratio> metric) =>
            new(key, label, outcomes.Select(o => metric(o).Numerator).ToList());

        RateColumn Rated(string key, string label, Func<IEnumerable<JourneyOutcome>, Ratio> metric) =>
            new(key, label, outcomes.Select(metric).ToList());
    }
}

using Hubs.Insights.Disclosure;

namespace Hubs.Insights.Metrics;

/// <summary>
/// A wait, over the journeys that have reached the milestone (a wait still running has no length yet):
/// the median in days and the shares within the two targets (inclusive: exactly 42 days is within 42).
/// </summary>
public sealed record WaitSummary(Summary MedianDays, Ratio WithinShortTarget, Ratio WithinLongTarget);

/// <summary>Waits in days from the referral being submitted. Definitions: MetricDefinitions.md.</summary>
public static class WaitMetrics
{
    /// <summary>To the assessment being recorded.</summary>
    public static WaitSummary ToAssessment(IEnumerable<JourneyFacts> cohort, MetricThresholds? thresholds = null) =>
        Summarise(cohort, f => f.DaysToAssessment, thresholds);

    /// <summary>To the first attended treatment appointment.</summary>
    public static WaitSummary ToFirstTreatment(IEnumerable<JourneyFacts> cohort, MetricThresholds? thresholds = null) =>
        Summarise(cohort, f => f.DaysToFirstTreatment, thresholds);

    private static WaitSummary Summarise(
        IEnumerable<JourneyFacts> cohort,
        Func<JourneyFacts, int?> wait,
        MetricThresholds? thresholds
    )
    {
        ArgumentNullException.ThrowIfNull(cohort);
        var t = thresholds ?? MetricThresholds.Default;
        var days = cohort.Select(wait).OfType<int>().ToList();
        return new WaitSummary(
            new Summary(Median.Of(days), days.Count),
            Ratio.OfPeople(days.Count(d => d <= t.ShortWaitDays), days.Count),
            Ratio.OfPeople(days.Count(d => d <= t.LongWaitDays), days.Count)
        );
    }
}

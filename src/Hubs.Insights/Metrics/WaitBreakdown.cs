using Hubs.Insights.Disclosure;

namespace Hubs.Insights.Metrics;

/// <summary>
/// Waits to assessment and to first treatment by one <see cref="Dimension"/>: for each, the people who
/// waited, the median days and the shares within the two targets; one row per group and a total row.
/// </summary>
public static class WaitBreakdown
{
    public static PublishedTable Publish(
        IEnumerable<JourneyFacts> cohort, Dimension dimension, MetricThresholds? thresholds = null, DisclosureOptions? disclosure = null)
    {
        var t = thresholds ?? MetricThresholds.Default;
        var groups = CohortGroups.Split(cohort, dimension);
        var everyone = groups.SelectMany(g => g.Facts).ToList();
        var columns = new List<DraftColumn>();
        Add("assessment", "assessment", facts => WaitMetrics.ToAssessment(facts, t));
        Add("first-treatment", "first treatment", facts => WaitMetrics.ToFirstTreatment(facts, t));
        return DisclosureControl.Publish(new TableDraft($"Waits by {dimension}", groups.Select(g => g.Label).ToList(), columns), disclosure);

        void Add(string key, string label, Func<IEnumerable<JourneyFacts>, WaitSummary> measure)
        {
            var waits = groups.Select(g => measure(g.Facts)).ToList();
            columns.Add(new CountColumn($"{key}-people", $"Waited for {label}", waits.Select(w => w.MedianDays.BasePeople).ToList()));
            columns.Add(new SummaryColumn($"{key}-median-days", $"Median days to {label}", waits.Select(w => w.MedianDays).ToList(), measure(everyone).MedianDays));
            columns.Add(new RateColumn($"{key}-within-{t.ShortWaitDays}", $"To {label} within {t.ShortWaitDays} days", waits.Select(w => w.WithinShortTarget).ToList()));
            columns.Add(new RateColumn($"{key}-within-{t.LongWaitDays}", $"To {label} within {t.LongWaitDays} days", waits.Select(w => w.WithinLongTarget).ToList()));
        }
    }
}

using Hubs.Insights.Disclosure;
using Hubs.Insights.Features.Wording;
using Hubs.Insights.Metrics;

namespace Hubs.Insights.Features.Tables;

/// <summary>The waits to each step (MetricDefinitions.md).</summary>
internal static partial class JourneyMeasures
{
    /// <summary>A wait: the people who waited, the median days and the shares within the two targets.</summary>
    public static IEnumerable<Measure<JourneyRecord>> Wait(
        string key,
        string label,
        Func<JourneyFacts, int?> days,
        MetricThresholds t
    ) =>
        [
            People.Count<JourneyRecord>($"{key}-people", CommissionerWords.Columns.WaitedFor(label), r =>
                days(r.Facts) is not null
            ),
            new MedianOf<JourneyRecord>($"{key}-median-days", CommissionerWords.Columns.MedianDaysTo(label), r =>
                days(r.Facts)
            ),
            People.Rate<JourneyRecord>(
                $"{key}-within-{t.ShortWaitDays}",
                CommissionerWords.Columns.ToWithin(label, t.ShortWaitDays),
                r => days(r.Facts) <= t.ShortWaitDays,
                r => days(r.Facts) is not null
            ),
            People.Rate<JourneyRecord>(
                $"{key}-within-{t.LongWaitDays}",
                CommissionerWords.Columns.ToWithin(label, t.LongWaitDays),
                r => days(r.Facts) <= t.LongWaitDays,
                r => days(r.Facts) is not null
            ),
        ];
}

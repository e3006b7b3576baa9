using Hubs.Insights.Disclosure;
using Hubs.Insights.Features.Tables;
using Hubs.Insights.Metrics;

namespace Hubs.Insights.Tests.Metrics;

/// <summary>
/// The exact figure a published measure gives a cohort, before disclosure control (CellRules has its own tests): the
/// definitions the tables publish (JourneyMeasures), checked on hand-worked cohorts.
/// </summary>
internal static class Exact
{
    /// <summary>A rate of people: the base is the denominator.</summary>
    public static Ratio People(long numerator, long denominator) => new(numerator, denominator, denominator);

    public static long Count(CountOf<JourneyRecord> measure, IEnumerable<JourneyFacts> cohort) =>
        Records(cohort).Sum(measure.Amount);

    public static Ratio Rate(RateOf<JourneyRecord> measure, IEnumerable<JourneyFacts> cohort)
    {
        var inBase = Records(cohort).Where(r => measure.Denominator(r) > 0).ToList();
        return new Ratio(inBase.Sum(measure.Numerator), inBase.Sum(measure.Denominator), inBase.Count);
    }

    public static Summary Median(MedianOf<JourneyRecord> measure, IEnumerable<JourneyFacts> cohort)
    {
        var values = Records(cohort).Select(measure.Value).OfType<int>().ToList();
        return new Summary(Hubs.Insights.Metrics.Median.Of(values), values.Count);
    }

    private static IEnumerable<JourneyRecord> Records(IEnumerable<JourneyFacts> cohort) =>
        cohort.Select(JourneyRecord.Of);
}

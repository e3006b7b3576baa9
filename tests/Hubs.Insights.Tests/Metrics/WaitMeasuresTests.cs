using Hubs.Insights.Disclosure;
using Hubs.Insights.Features.Tables;
using Hubs.Insights.Metrics;
using static Hubs.Insights.Tests.Metrics.Journeys;

namespace Hubs.Insights.Tests.Metrics;

/// <summary>
/// A wait as the tables publish it (JourneyMeasures.Wait): the median and the shares within the targets.
/// </summary>
public class WaitMeasuresTests
{
    [Fact]
    public void Waits_of_exactly_42_and_126_days_are_within_target()
    {
        JourneyFacts[] cohort =
        [
            .. new[] { 10, 42, 43, 126, 127 }.Select(d => Referred() with { DaysToAssessment = d }),
            Referred(),
        ];

        var wait = WaitOf(cohort, f => f.DaysToAssessment);

        Assert.Equal(new Summary(43m, 5), wait.MedianDays);
        Assert.Equal(Exact.People(2, 5), wait.WithinShortTarget);
        Assert.Equal(Exact.People(4, 5), wait.WithinLongTarget);
    }

    [Fact]
    public void The_wait_to_first_treatment_counts_only_journeys_that_reached_it()
    {
        JourneyFacts[] cohort =
        [
            Referred() with
            {
                DaysToAssessment = 5,
                DaysToFirstTreatment = 41,
            },
            Referred() with
            {
                DaysToAssessment = 5,
                DaysToFirstTreatment = 130,
            },
            Referred() with
            {
                DaysToAssessment = 5,
            },
        ];

        var wait = WaitOf(cohort, f => f.DaysToFirstTreatment);

        Assert.Equal(new Summary(85.5m, 2), wait.MedianDays);
        Assert.Equal(Exact.People(1, 2), wait.WithinShortTarget);
        Assert.Equal(Exact.People(1, 2), wait.WithinLongTarget);
    }

    [Fact]
    public void No_waits_give_no_median_and_zero_bases()
    {
        var wait = WaitOf([Referred()], f => f.DaysToAssessment);

        Assert.Equal(new Summary(null, 0), wait.MedianDays);
        Assert.Equal(Exact.People(0, 0), wait.WithinShortTarget);
    }

    [Fact]
    public void The_targets_are_configurable()
    {
        var wait = WaitOf(
            [Referred() with { DaysToAssessment = 30 }],
            f => f.DaysToAssessment,
            new MetricThresholds(ShortWaitDays: 28, LongWaitDays: 30)
        );

        Assert.Equal(Exact.People(0, 1), wait.WithinShortTarget);
        Assert.Equal(Exact.People(1, 1), wait.WithinLongTarget);
    }

    [Theory]
    [InlineData(new int[0], null)]
    [InlineData(new[] { 7 }, "7")]
    [InlineData(new[] { 9, 1, 5 }, "5")]
    [InlineData(new[] { 10, 20 }, "15")]
    [InlineData(new[] { 40, 10, 31, 20 }, "25.5")]
    [InlineData(new[] { 3, 3, 3, 4 }, "3")]
    public void The_median_of_an_even_count_is_the_mean_of_the_two_middle_values(int[] values, string? median) =>
        Assert.Equal(
            median is null ? null : decimal.Parse(median, System.Globalization.CultureInfo.InvariantCulture),
            Median.Of(values)
        );

    private static (Summary MedianDays, Ratio WithinShortTarget, Ratio WithinLongTarget) WaitOf(
        JourneyFacts[] cohort,
        Func<JourneyFacts, int?> days,
        MetricThresholds? thresholds = null
    )
    {
        var measures = JourneyMeasures.Wait("wait", "the wait", days, thresholds ?? MetricThresholds.Default).ToList();
        Assert.Equal(cohort.Count(f => days(f) is not null), Exact.Count((CountOf<JourneyRecord>)measures[0], cohort));
        return (
            Exact.Median((MedianOf<JourneyRecord>)measures[1], cohort),
            Exact.Rate((RateOf<JourneyRecord>)measures[2], cohort),
            Exact.Rate((RateOf<JourneyRecord>)measures[3], cohort)
        );
    }
}

using Hubs.Insights.Disclosure;
using Hubs.Insights.Metrics;
using static Hubs.Insights.Tests.Metrics.Journeys;

namespace Hubs.Insights.Tests.Metrics;

public class WaitMetricsTests
{
    [Fact]
    public void Waits_of_exactly_42_and_126_days_are_within_target()
    {
        JourneyFacts[] cohort =
        [
            .. new[] { 10, 42, 43, 126, 127 }.Select(d => Referred() with { DaysToAssessment = d }),
            Referred(),
        ];

        var wait = WaitMetrics.ToAssessment(cohort);

        Assert.Equal(new Summary(43m, 5), wait.MedianDays);
        Assert.Equal(Ratio.OfPeople(2, 5), wait.WithinShortTarget);
        Assert.Equal(Ratio.OfPeople(4, 5), wait.WithinLongTarget);
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

        var wait = WaitMetrics.ToFirstTreatment(cohort);

        Assert.Equal(new Summary(85.5m, 2), wait.MedianDays);
        Assert.Equal(Ratio.OfPeople(1, 2), wait.WithinShortTarget);
        Assert.Equal(Ratio.OfPeople(1, 2), wait.WithinLongTarget);
    }

    [Fact]
    public void No_waits_give_no_median_and_zero_bases()
    {
        var wait = WaitMetrics.ToAssessment([Referred()]);

        Assert.Equal(new Summary(null, 0), wait.MedianDays);
        Assert.Equal(Ratio.OfPeople(0, 0), wait.WithinShortTarget);
    }

    [Fact]
    public void The_targets_are_configurable()
    {
        var wait = WaitMetrics.ToAssessment(
            [Referred() with { DaysToAssessment = 30 }],
            new MetricThresholds(ShortWaitDays: 28, LongWaitDays: 30)
        );

        Assert.Equal(Ratio.OfPeople(0, 1), wait.WithinShortTarget);
        Assert.Equal(Ratio.OfPeople(1, 1), wait.WithinLongTarget);
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
}

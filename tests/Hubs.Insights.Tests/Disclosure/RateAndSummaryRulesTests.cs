using Hubs.Insights.Disclosure;

namespace Hubs.Insights.Tests.Disclosure;

public class RateAndSummaryRulesTests
{
    private static readonly DisclosureOptions Options = DisclosureOptions.Default;

    [Theory]
    [InlineData(0, 0, "no data", CellStatus.NoData)]
    [InlineData(0, 1, "*", CellStatus.Suppressed)]
    [InlineData(1, 1, "*", CellStatus.Suppressed)]
    [InlineData(0, 7, "*", CellStatus.Suppressed)]
    [InlineData(0, 8, "0.0%", CellStatus.Value)]
    [InlineData(8, 8, "100.0%", CellStatus.Value)]
    [InlineData(8, 9, "88.9%", CellStatus.Value)]
    [InlineData(9, 21, "42.9%", CellStatus.Value)]
    public void A_rate_on_a_base_of_0_is_no_data_and_on_1_to_7_is_suppressed(long numerator, long denominator, string display, CellStatus status)
    {
        var cell = SmallNumberRules.Rate(Ratio.OfPeople(numerator, denominator), Options);

        Assert.Equal(display, cell.Display);
        Assert.Equal(status, cell.Status);
    }

    [Theory]
    [InlineData(1, 100)]
    [InlineData(7, 8)]
    [InlineData(7, 1000)]
    public void A_rate_whose_numerator_is_a_small_count_is_suppressed(long numerator, long denominator) =>
        Assert.Equal(CellStatus.Suppressed, SmallNumberRules.Rate(Ratio.OfPeople(numerator, denominator), Options).Status);

    [Fact]
    public void A_rate_is_computed_from_the_exact_figures_not_the_rounded_ones()
    {
        // 9/12 = 75%; the rounded figures (10/10) would say 100%.
        var cell = SmallNumberRules.Rate(Ratio.OfPeople(9, 12), Options);

        Assert.Equal("75.0%", cell.Display);
        Assert.Equal(75.0m, cell.Value);
    }

    [Fact]
    public void A_percentage_midpoint_rounds_away_from_zero()
    {
        Assert.Equal("6.3%", SmallNumberRules.Rate(Ratio.OfPeople(10, 160), Options).Display);
        Assert.Equal("13%", SmallNumberRules.Rate(Ratio.OfPeople(10, 80), Options with { Decimals = 0 }).Display);
    }

    [Fact]
    public void The_small_number_rule_applies_to_the_people_behind_a_rate_of_appointments()
    {
        Assert.Equal("*", SmallNumberRules.Rate(new Ratio(10, 40, BasePeople: 7), Options).Display);
        Assert.Equal("25.0%", SmallNumberRules.Rate(new Ratio(10, 40, BasePeople: 8), Options).Display);
    }

    [Theory]
    [InlineData(0, "no data", CellStatus.NoData)]
    [InlineData(1, "*", CellStatus.Suppressed)]
    [InlineData(7, "*", CellStatus.Suppressed)]
    [InlineData(8, "12.5", CellStatus.Value)]
    public void A_median_on_a_base_of_0_is_no_data_and_on_1_to_7_is_suppressed(long people, string display, CellStatus status)
    {
        var cell = SmallNumberRules.Summary(new Summary(people == 0 ? null : 12.5m, people), Options);

        Assert.Equal(display, cell.Display);
        Assert.Equal(status, cell.Status);
    }

    [Fact]
    public void A_mean_is_rounded_to_the_published_precision() =>
        Assert.Equal(10.7m, SmallNumberRules.Summary(new Summary(32m / 3m, 9), Options).Value);
}

using Hubs.Insights.Disclosure;

namespace Hubs.Insights.Tests.Disclosure;

/// <summary>Rates and medians: from perturbed counts, withheld on a perturbed base or numerator of 1–7.</summary>
public class CellRulesTests
{
    private static readonly DisclosureOptions Plain = NoNoise.Options;

    [Theory]
    [InlineData(0, 0, "no data", CellStatus.NoData)]
    [InlineData(0, 1, "*", CellStatus.Suppressed)]
    [InlineData(1, 1, "*", CellStatus.Suppressed)]
    [InlineData(0, 7, "*", CellStatus.Suppressed)]
    [InlineData(0, 8, "0.0%", CellStatus.Value)]
    [InlineData(8, 8, "100.0%", CellStatus.Value)]
    [InlineData(8, 9, "88.9%", CellStatus.Value)]
    [InlineData(9, 21, "42.9%", CellStatus.Value)]
    [InlineData(7, 1000, "*", CellStatus.Suppressed)]
    public void A_rate_on_a_base_of_0_is_no_data_and_on_1_to_7_people_or_a_numerator_of_1_to_7_is_suppressed(
        long numerator,
        long denominator,
        string display,
        CellStatus status
    )
    {
        var cell = CellRules.Rate(
            NoNoise.Tally(numerator),
            NoNoise.Tally(denominator),
            NoNoise.Tally(denominator),
            Plain
        );

        Assert.Equal(display, cell.Display);
        Assert.Equal(status, cell.Status);
    }

    [Fact]
    public void A_rate_is_computed_from_the_unrounded_figures_and_rounds_a_midpoint_away_from_zero()
    {
        Assert.Equal("75.0%", CellRules.Rate(NoNoise.Tally(9), NoNoise.Tally(12), NoNoise.Tally(12), Plain).Display);
        Assert.Equal("6.3%", CellRules.Rate(NoNoise.Tally(10), NoNoise.Tally(160), NoNoise.Tally(160), Plain).Display);
    }

    [Fact]
    public void The_small_number_rule_applies_to_the_people_behind_a_rate_of_appointments()
    {
        Assert.Equal("*", CellRules.Rate(NoNoise.Tally(10), NoNoise.Tally(40), NoNoise.Tally(7), Plain).Display);
        Assert.Equal("25.0%", CellRules.Rate(NoNoise.Tally(10), NoNoise.Tally(40), NoNoise.Tally(8), Plain).Display);
    }

    [Fact]
    public void A_rate_is_worked_out_from_the_perturbed_counts_so_it_cannot_give_a_count_away()
    {
        // Find keys for which 20 becomes 22 and 40 becomes 38: the rate is 22/38, not the true 50%.
        var options = DisclosureOptions.Default;
        var up = Enumerable
            .Range(0, 1000)
            .Select(k => k * 2_000_000L)
            .First(k => options.Perturbation.Noise(20, k) == 2);
        var down = Enumerable
            .Range(0, 1000)
            .Select(k => k * 2_000_000L)
            .First(k => options.Perturbation.Noise(40, k) == -2);

        var cell = CellRules.Rate(new Tally(20, up), new Tally(40, down), new Tally(40, down), options);

        Assert.Equal("57.9%", cell.Display);
    }

    [Theory]
    [InlineData(0, "no data", CellStatus.NoData)]
    [InlineData(1, "*", CellStatus.Suppressed)]
    [InlineData(7, "*", CellStatus.Suppressed)]
    [InlineData(8, "13", CellStatus.Value)]
    public void A_median_is_in_whole_days_and_withheld_on_1_to_7_people(long people, string display, CellStatus status)
    {
        var cell = CellRules.Median(people == 0 ? null : 12.5m, NoNoise.Tally(people), Plain);

        Assert.Equal(display, cell.Display);
        Assert.Equal(status, cell.Status);
    }

    [Fact]
    public void A_median_gets_a_noise_of_its_own_within_the_tables_reach()
    {
        var options = DisclosureOptions.Default;
        var shown = Enumerable
            .Range(0, 400)
            .Select(k => CellRules.Median(30m, new Tally(20, k * 5_000_000L), options).Value!.Value)
            .ToList();

        Assert.All(shown, v => Assert.InRange(v, 28m, 32m));
        Assert.True(shown.Distinct().Count() > 1, "the median is perturbed");
    }
}

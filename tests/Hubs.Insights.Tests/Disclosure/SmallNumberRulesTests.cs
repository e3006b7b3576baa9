using Hubs.Insights.Disclosure;

namespace Hubs.Insights.Tests.Disclosure;

public class SmallNumberRulesTests
{
    private static readonly DisclosureOptions Options = DisclosureOptions.Default;

    [Theory]
    [InlineData(0, "0")]
    [InlineData(1, "*")]
    [InlineData(2, "*")]
    [InlineData(3, "*")]
    [InlineData(4, "*")]
    [InlineData(5, "*")]
    [InlineData(6, "*")]
    [InlineData(7, "*")]
    [InlineData(8, "10")]
    [InlineData(9, "10")]
    [InlineData(10, "10")]
    [InlineData(11, "10")]
    [InlineData(12, "10")]
    [InlineData(13, "15")]
    [InlineData(14, "15")]
    [InlineData(15, "15")]
    [InlineData(17, "15")]
    [InlineData(18, "20")]
    [InlineData(22, "20")]
    [InlineData(23, "25")]
    [InlineData(1002, "1000")]
    [InlineData(1003, "1005")]
    public void A_count_is_zero_suppressed_or_rounded_to_the_nearest_five(long count, string display)
    {
        var cell = SmallNumberRules.Count(count, Options);

        Assert.Equal(display, cell.Display);
        Assert.Equal(
            display == "*" ? null : decimal.Parse(display, System.Globalization.CultureInfo.InvariantCulture),
            cell.Value
        );
        Assert.Equal(display == "*" ? CellStatus.Suppressed : CellStatus.Value, cell.Status);
    }

    [Fact]
    public void Every_count_from_0_to_500_follows_the_rules()
    {
        for (long n = 0; n <= 500; n++)
        {
            var cell = SmallNumberRules.Count(n, Options);
            if (n is >= 1 and <= 7)
            {
                Assert.Equal(CellStatus.Suppressed, cell.Status);
                continue;
            }

            var shown = (long)cell.Value!.Value;
            Assert.Equal(0, shown % 5);
            Assert.True(Math.Abs(shown - n) <= 2, $"{n} shown as {shown}");
        }
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(8, 10)]
    [InlineData(12, 10)]
    [InlineData(13, 15)]
    [InlineData(15, 15)]
    public void Rounding_to_five_never_meets_a_midpoint(long count, long rounded) =>
        Assert.Equal(rounded, SmallNumberRules.RoundToBase(count, 5));

    [Theory]
    [InlineData(15, 20)]
    [InlineData(14, 10)]
    [InlineData(25, 30)]
    public void With_an_even_base_a_midpoint_rounds_up(long count, long rounded) =>
        Assert.Equal(rounded, SmallNumberRules.RoundToBase(count, 10));

    [Fact]
    public void A_negative_count_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SmallNumberRules.Count(-1, Options));
}

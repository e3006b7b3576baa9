namespace Hubs.Insights.Tests.Disclosure;

/// <summary>The attacker's solver is not toothless: on exact additive figures it pins hidden cells.</summary>
public class IntervalAttackTests
{
    [Fact]
    public void A_hidden_month_is_its_quarter_minus_the_others_and_a_hidden_group_beside_a_zero_is_its_total()
    {
        var attack = new IntervalAttack();
        attack.Bound("quarter", 9, 9);
        attack.Bound("april", 4, 4);
        attack.Bound("may", 0, 0);
        attack.Bound("june", 1, 7);
        attack.Sum("quarter", ["april", "may", "june"]);
        attack.Bound("female", 1, 7);
        attack.Bound("male", 0, 0);
        attack.Sum("june", ["female", "male"]);

        attack.Solve();

        Assert.Equal((5L, 5L), attack.Bounds["june"]);
        Assert.Equal((5L, 5L), attack.Bounds["female"]);
    }

    [Fact]
    public void Rounding_alone_leaves_a_range_and_ordering_narrows_it()
    {
        var attack = new IntervalAttack();
        attack.Bound("total", 13, 17);
        attack.Bound("a", 8, 12);
        attack.Bound("b", 1, 7);
        attack.Bound("c", 3, 9);
        attack.Sum("total", ["a", "b"]);
        attack.AtMost("c", "b");

        attack.Solve();

        Assert.Equal((3L, 7L), attack.Bounds["b"]);
    }
}

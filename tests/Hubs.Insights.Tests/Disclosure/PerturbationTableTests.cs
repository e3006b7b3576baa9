using Hubs.Insights.Disclosure;

namespace Hubs.Insights.Tests.Disclosure;

/// <summary>The p-table: bounded, unbiased noise with the published variance, never turning a count into 0.</summary>
public class PerturbationTableTests
{
    private static readonly PerturbationTable Table = PerturbationTable.Default;

    /// <summary>The noise of a value over cell keys spread evenly round the circle.</summary>
    private static List<int> Noises(long value) =>
        [.. Enumerable.Range(0, 100_000).Select(i => Table.Noise(value, i * (Tally.Modulus / 100_000)))];

    [Fact]
    public void The_published_parameters_are_two_either_way_variance_one_and_half_stay_as_they_are()
    {
        Assert.Equal(2, Table.MaxNoise);
        Assert.Equal(1.0, Table.Variance);
        Assert.Equal(0.5, Table.StayProbability, 6);
        Assert.Equal(1 / 6.0, Table.ChangeProbabilities[0], 9);
        Assert.Equal(1 / 12.0, Table.ChangeProbabilities[1], 9);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(8)]
    [InlineData(250)]
    public void Above_the_reach_noise_averages_zero_with_the_published_variance(long value)
    {
        var noises = Noises(value);

        Assert.All(noises, n => Assert.InRange(n, -2, 2));
        Assert.Equal(0, noises.Average(), 2);
        Assert.Equal(1.0, noises.Average(n => n * n), 2);
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(2, 1)]
    public void A_small_count_changes_less_so_that_it_never_becomes_0_and_stays_unbiased(long value, int reach)
    {
        var noises = Noises(value);

        Assert.Equal(reach, noises.Max());
        Assert.Equal(-reach, noises.Min());
        Assert.Equal(0, noises.Average(), 2);
        Assert.Equal(0, Table.Noise(0, 12345));
    }

    [Fact]
    public void The_same_value_and_cell_key_always_get_the_same_noise()
    {
        var keys = Enumerable.Range(0, 50).Select(i => (long)i * 40_000_000).ToList();

        Assert.Equal(keys.Select(k => Table.Noise(17, k)), keys.Select(k => Table.Noise(17, k)));
        Assert.True(keys.Select(k => Table.Noise(17, k)).Distinct().Count() > 1);
    }

    [Fact]
    public void A_cell_key_is_the_sum_of_its_record_keys_whatever_their_order()
    {
        var keys = new[] { int.MaxValue, 5, int.MaxValue - 3, 1 << 30 };
        var forward = keys.Aggregate(default(Tally), (t, k) => t.Add(1, k));
        var backward = keys.Reverse().Aggregate(default(Tally), (t, k) => t.Add(1, k));

        Assert.Equal(forward, backward);
        Assert.Equal(keys.Sum(k => (long)k) % Tally.Modulus, forward.Key);
    }
}

namespace Hubs.Insights.Disclosure;

/// <summary>
/// The perturbation table (p-table) of the cell-key method: for a cell's exact value and its cell key, the
/// small whole number added to it. Noise is at most <paramref name="MaxNoise"/> either way, averages 0 (no
/// bias), has variance <paramref name="Variance"/> for values above <paramref name="MaxNoise"/>, and never
/// turns a non-zero value into 0 or less: for a value n ≤ MaxNoise the noise stays within ±(n − 1), with
/// the same shape. 0 stays 0. Larger changes are less likely: a change of k has weight MaxNoise + 1 − k.
/// The draw is the cell key's place in the cumulative distribution, so the same cell always gets the same noise.
/// </summary>
public sealed record PerturbationTable(int MaxNoise = 2, double Variance = 1.0)
{
    public static PerturbationTable Default { get; } = new();

    /// <summary>Probability of each change 1..MaxNoise (either way, each) for a value above MaxNoise.</summary>
    public IReadOnlyList<double> ChangeProbabilities
    {
        get
        {
            var weights = Enumerable.Range(1, MaxNoise).Select(k => (double)(MaxNoise + 1 - k)).ToList();
            var scale = Variance / (2 * weights.Select((w, i) => w * (i + 1) * (i + 1)).Sum());
            return weights.Select(w => w * scale).ToList();
        }
    }

    /// <summary>Probability that a value above MaxNoise is published unchanged.</summary>
    public double StayProbability => 1 - (2 * ChangeProbabilities.Sum());

    public int Noise(long value, long cellKey)
    {
        if (value <= 0 || MaxNoise == 0)
        {
            return 0;
        }

        var reach = (int)Math.Min(MaxNoise, value - 1);
        var changes = ChangeProbabilities;
        double Weight(int d) => d == 0 ? StayProbability : changes[Math.Abs(d) - 1];
        var total = Enumerable.Range(-reach, (2 * reach) + 1).Sum(Weight);
        var draw = (double)(cellKey % Tally.Modulus) / Tally.Modulus * total;
        var cumulative = 0.0;
        for (var d = -reach; d < reach; d++)
        {
            cumulative += Weight(d);
            if (draw < cumulative)
            {
                return d;
            }
        }

        return reach;
    }

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(MaxNoise);
        ArgumentOutOfRangeException.ThrowIfNegative(Variance);
        if (MaxNoise > 0 && StayProbability < 0)
        {
            throw new ArgumentOutOfRangeException(
                nameof(Variance),
                Variance,
                "Too large a variance for this maximum noise."
            );
        }
    }
}

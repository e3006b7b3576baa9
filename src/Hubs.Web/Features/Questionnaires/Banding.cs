namespace Hubs.Web.Features.Questionnaires;

/// <summary>
/// How a measure turns valid answers into a band: by total, by a configured cut-off, or by diagnostic rules.
/// </summary>
public abstract record Banding
{
    public abstract Band Classify(int total, IReadOnlyDictionary<string, int> answers, ScoringOptions options);

    /// <summary>Every band it can give, lowest first (to name a stored band code).</summary>
    public abstract IReadOnlyList<Band> Bands { get; }

    /// <summary>
    /// The totals where a band starts, above the lowest (what a chart draws); none for diagnostic rules.
    /// </summary>
    public abstract IReadOnlyList<(int At, Band Band)> Thresholds(ScoringOptions options);
}

/// <summary>Fixed, inclusive total ranges that together cover every possible total.</summary>
public sealed record TotalBands(IReadOnlyList<BandRange> Ranges) : Banding
{
    public override Band Classify(int total, IReadOnlyDictionary<string, int> answers, ScoringOptions options) =>
        Ranges.First(r => r.Contains(total)).Band;

    public override IReadOnlyList<Band> Bands => [.. Ranges.Select(r => r.Band)];

    public override IReadOnlyList<(int At, Band Band)> Thresholds(ScoringOptions options) =>
        [.. Ranges.Skip(1).Select(r => (r.From, r.Band))];
}

/// <summary>
/// Below / at-or-above a cut-off the Hub configures. Only PCL-5 has one (project rule: 31–33), so the value
/// comes from <see cref="ScoringOptions.Pcl5CutOff"/>.
/// </summary>
public sealed record ConfiguredCutOff(Band Below, Band AtOrAbove) : Banding
{
    public override Band Classify(int total, IReadOnlyDictionary<string, int> answers, ScoringOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return total >= options.Pcl5CutOff ? AtOrAbove : Below;
    }

    public override IReadOnlyList<Band> Bands => [Below, AtOrAbove];

    public override IReadOnlyList<(int At, Band Band)> Thresholds(ScoringOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return [(options.Pcl5CutOff, AtOrAbove)];
    }
}

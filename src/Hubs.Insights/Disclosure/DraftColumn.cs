namespace Hubs.Insights.Disclosure;

/// <summary>A column of raw figures, one per interior row of the <see cref="TableDraft"/>.</summary>
public abstract record DraftColumn(string Key, string Label)
{
    internal abstract int Length { get; }
}

/// <summary>Counts of people (or of appointments), additive over the rows.</summary>
public sealed record CountColumn(string Key, string Label, IReadOnlyList<long> Counts) : DraftColumn(Key, Label)
{
    internal override int Length => Counts.Count;
}

/// <summary>Rates, shown as percentages. Numerators and denominators are additive over the rows.</summary>
public sealed record RateColumn(string Key, string Label, IReadOnlyList<Ratio> Ratios) : DraftColumn(Key, Label)
{
    internal override int Length => Ratios.Count;
}

/// <summary>Medians or means, which cannot be summed: the caller supplies the total row's value.</summary>
public sealed record SummaryColumn(string Key, string Label, IReadOnlyList<Summary> Values, Summary Total)
    : DraftColumn(Key, Label)
{
    internal override int Length => Values.Count;
}

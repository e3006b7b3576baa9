namespace Hubs.Insights.Metrics;

/// <summary>
/// A journey's first and last result of one measure, as bands and caseness (src/DOMAIN-RULES.md, "Outcome by
/// measure"): first = the earliest in the journey's stream (screening included), last = the latest after it, null
/// while there is only one.
/// </summary>
public sealed record MeasurePair(string FirstBand, bool FirstAtCaseness, string? LastBand, bool? LastAtCaseness)
{
    public bool Paired => LastBand is not null;

    /// <summary>At caseness at the first result and not at the last.</summary>
    public bool Recovered => Paired && FirstAtCaseness && LastAtCaseness == false;
}

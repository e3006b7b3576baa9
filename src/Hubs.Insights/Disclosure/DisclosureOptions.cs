namespace Hubs.Insights.Disclosure;

/// <summary>
/// Settings of the disclosure rules (NHS Digital's method for sub-national statistics). The defaults are
/// the rules in src/DOMAIN-RULES.md; change them only with an information-governance decision, never per page.
/// </summary>
/// <param name="SmallNumberMax">Counts and bases from 1 to this value are suppressed.</param>
/// <param name="RoundTo">Other counts are rounded to the nearest multiple of this; a midpoint (only
/// possible with an even value) rounds up.</param>
/// <param name="Decimals">Decimal places of published percentages, medians and means (midpoints round away from zero).</param>
/// <param name="ExactNationalTotals">Publish the total row (and the grand total) unrounded. Use it only
/// where the total row is national (covers every Hub). Small totals are still suppressed, and the exact
/// totals still count as published totals for secondary suppression.</param>
public sealed record DisclosureOptions(
    int SmallNumberMax = 7,
    int RoundTo = 5,
    int Decimals = 1,
    bool ExactNationalTotals = false)
{
    public static DisclosureOptions Default { get; } = new();

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(SmallNumberMax);
        ArgumentOutOfRangeException.ThrowIfLessThan(RoundTo, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(Decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Decimals, 4);
    }
}

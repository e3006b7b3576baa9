namespace Hubs.Insights.Disclosure;

/// <summary>
/// Settings of the disclosure rules: the cell-key perturbation, then NHS Digital's small-number rule and
/// rounding. The defaults are the rules in src/DOMAIN-RULES.md and on the method page; change them only with an
/// information-governance decision, never per page.
/// </summary>
/// <param name="SmallNumberMax">Perturbed counts and bases from 1 to this value are suppressed.</param>
/// <param name="RoundTo">Other counts are rounded to the nearest multiple of this; a midpoint (only
/// possible with an even value) rounds up.</param>
/// <param name="Decimals">Decimal places of published percentages.</param>
public sealed record DisclosureOptions(int SmallNumberMax = 7, int RoundTo = 5, int Decimals = 1)
{
    public static DisclosureOptions Default { get; } = new();

    /// <summary>
    /// The p-table of the cell-key method; its parameters are published, the record keys' salt is not.
    /// </summary>
    public PerturbationTable Perturbation { get; init; } = PerturbationTable.Default;

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfNegative(SmallNumberMax);
        ArgumentOutOfRangeException.ThrowIfLessThan(RoundTo, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(Decimals);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(Decimals, 4);
        Perturbation.Validate();
    }
}

namespace Hubs.Insights.Disclosure;

/// <summary>
/// NHS Digital's rules for a count, applied after perturbation: 0 stays 0, 1–7 is suppressed, anything else
/// is rounded to the nearest 5. With a rounding base of 5 an integer is never halfway between two multiples
/// (remainders 0–2 round down, 3–4 round up: 8→10, 12→10, 13→15); with an even base a midpoint rounds up.
/// </summary>
public static class SmallNumberRules
{
    public static bool IsSmall(long count, DisclosureOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        return count >= 1 && count <= options.SmallNumberMax;
    }

    public static long RoundToBase(long count, int roundTo)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfLessThan(roundTo, 1);
        var remainder = count % roundTo;
        return 2 * remainder >= roundTo ? count - remainder + roundTo : count - remainder;
    }

    /// <summary>A (perturbed) count as published.</summary>
    public static PublishedCell Count(long count, DisclosureOptions options) =>
        IsSmall(count, options) ? PublishedCell.Suppressed : PublishedCell.Count(RoundToBase(count, options.RoundTo));
}

namespace Hubs.Insights.Disclosure;

/// <summary>
/// The cell-by-cell rules. Counts: 0 stays 0, 1–7 is suppressed, anything else is rounded to the nearest 5.
/// With a rounding base of 5 an integer is never halfway between two multiples (remainders 0–2 round down,
/// 3–4 round up: 8→10, 12→10, 13→15); with an even base a midpoint rounds up.
/// Rates, medians and means: base 0 is "no data", base 1–7 is suppressed, otherwise the value is computed
/// from the exact figures and rounded to <see cref="DisclosureOptions.Decimals"/> places.
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

    /// <summary>A count on its own. <paramref name="exact"/> skips rounding (national totals only).</summary>
    public static PublishedCell Count(long count, DisclosureOptions options, bool exact = false)
    {
        if (IsSmall(count, options))
        {
            return PublishedCell.Suppressed;
        }

        return PublishedCell.Count(exact ? count : RoundToBase(count, options.RoundTo));
    }

    /// <summary>
    /// A rate as a percentage. Also suppressed when its numerator is a small count: the rate and the
    /// base would otherwise give that count away.
    /// </summary>
    public static PublishedCell Rate(Ratio ratio, DisclosureOptions options)
    {
        ArgumentNullException.ThrowIfNull(ratio);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(ratio.Numerator, ratio.Denominator);
        if (ratio.Denominator == 0 || ratio.BasePeople == 0)
        {
            return PublishedCell.NoData;
        }

        if (IsSmall(ratio.BasePeople, options) || IsSmall(ratio.Numerator, options))
        {
            return PublishedCell.Suppressed;
        }

        var percent = Math.Round(100m * ratio.Numerator / ratio.Denominator, options.Decimals, MidpointRounding.AwayFromZero);
        return PublishedCell.Percent(percent, options.Decimals);
    }

    /// <summary>A median or mean of <see cref="Summary.BasePeople"/> people.</summary>
    public static PublishedCell Summary(Summary summary, DisclosureOptions options)
    {
        ArgumentNullException.ThrowIfNull(summary);
        if (summary.BasePeople == 0 || summary.Value is null)
        {
            return PublishedCell.NoData;
        }

        if (IsSmall(summary.BasePeople, options))
        {
            return PublishedCell.Suppressed;
        }

        return PublishedCell.Number(Math.Round(summary.Value.Value, options.Decimals, MidpointRounding.AwayFromZero), options.Decimals);
    }
}

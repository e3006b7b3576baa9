namespace Hubs.Insights.Disclosure;

/// <summary>
/// The one gate between raw figures and anything a stakeholder sees. Every figure is a function of its own
/// records only (their number and their keys), never of the table it sits in, so the same people give the
/// same published figure in every table, period, page, CSV and feed. In order: the cell-key noise from the
/// p-table, then the small-number rule and rounding (<see cref="SmallNumberRules"/>). Rates and medians are
/// built from the perturbed counts, and withheld where their perturbed base or numerator is 1–7.
/// </summary>
public static class CellRules
{
    /// <summary>The value plus its noise; 0 stays 0 and nothing non-zero becomes 0.</summary>
    public static long Perturb(Tally tally, DisclosureOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return tally.Value == 0 ? 0 : tally.Value + options.Perturbation.Noise(tally.Value, tally.Key);
    }

    public static PublishedCell Count(Tally tally, DisclosureOptions options) =>
        SmallNumberRules.Count(Perturb(tally, options), options);

    /// <summary>
    /// A percentage of perturbed figures. <paramref name="people"/> is the people the rate is about (the
    /// denominator itself for a rate of people; the journeys behind a rate of appointments).
    /// </summary>
    public static PublishedCell Rate(Tally numerator, Tally denominator, Tally people, DisclosureOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (people.Value == 0 || denominator.Value == 0)
        {
            return PublishedCell.NoData;
        }

        var n = Perturb(numerator, options);
        if (SmallNumberRules.IsSmall(Perturb(people, options), options) || SmallNumberRules.IsSmall(n, options))
        {
            return PublishedCell.Suppressed;
        }

        var d = Perturb(denominator, options);
        var percent = Math.Round(100m * Math.Min(n, d) / d, options.Decimals, MidpointRounding.AwayFromZero);
        return PublishedCell.Percent(percent, options.Decimals);
    }

    /// <summary>
    /// A median in whole days with its own noise (drawn with the people's cell key turned half way round,
    /// so it is not the noise of their count), withheld on a perturbed base of 1–7.
    /// </summary>
    public static PublishedCell Median(decimal? median, Tally people, DisclosureOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (people.Value == 0 || median is null)
        {
            return PublishedCell.NoData;
        }

        if (SmallNumberRules.IsSmall(Perturb(people, options), options))
        {
            return PublishedCell.Suppressed;
        }

        var noise = options.Perturbation.Noise(options.Perturbation.MaxNoise + 1L, people.Key + (Tally.Modulus / 2));
        return PublishedCell.Number(Math.Max(0, Math.Round(median.Value, MidpointRounding.AwayFromZero) + noise), 0);
    }
}

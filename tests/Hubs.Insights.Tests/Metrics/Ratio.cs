namespace Hubs.Insights.Tests.Metrics;

/// <summary>
/// The exact parts of a rate, before disclosure control. <paramref name="BasePeople"/> is the number of
/// people the rate is about (the small-number rule applies to it): the denominator itself for a rate of
/// people, but the number of journeys contributing for a rate of appointments such as the DNA rate.
/// </summary>
internal sealed record Ratio(long Numerator, long Denominator, long BasePeople)
{
    /// <summary>Numerator ÷ denominator as a fraction; null when the denominator is 0.</summary>
    public decimal? Fraction => Denominator == 0 ? null : (decimal)Numerator / Denominator;
}

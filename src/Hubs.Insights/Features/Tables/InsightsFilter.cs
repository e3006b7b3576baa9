namespace Hubs.Insights.Features.Tables;

/// <summary>
/// What a commissioner or feed client narrows the tables to. Months are "yyyy-MM" and select journeys by
/// the month of their referral (each table is about that cohort); the Hub must be one of the caller's.
/// </summary>
/// <param name="Hub">One of the caller's Hubs; null for all of them.</param>
/// <param name="From">First referral month, inclusive; null for the earliest.</param>
/// <param name="To">Last referral month, inclusive; null for the latest.</param>
/// <param name="Sector">A sector code (<see cref="Sectors.Codes"/>); null for every sector.</param>
public sealed record InsightsFilter(string? Hub = null, string? From = null, string? To = null, string? Sector = null) : IFilterFields
{
    public static InsightsFilter Everything { get; } = new();

    public static InsightsFilter Of(IFilterFields fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return new(Blank(fields.Hub), Blank(fields.From), Blank(fields.To), Blank(fields.Sector));
    }

    /// <summary>An empty form field means "no filter".</summary>
    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

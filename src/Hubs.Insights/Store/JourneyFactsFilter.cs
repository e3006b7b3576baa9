namespace Hubs.Insights.Store;

/// <summary>
/// Which journeys to load: by Hub (null = every Hub; a commissioner passes the Hubs they commission),
/// by referral month "yyyy-MM" (both ends inclusive, null = open) and by sector code.
/// </summary>
public sealed record JourneyFactsFilter(
    IReadOnlyCollection<string>? HubIds = null,
    string? FromMonth = null,
    string? ToMonth = null,
    string? Sector = null
)
{
    public static JourneyFactsFilter Everything { get; } = new();
}

namespace Hubs.Insights.Store;

/// <summary>
/// Which journeys to load: by Hub (null = every Hub; a commissioner passes the Hubs they commission),
/// by referral month "yyyy-MM" (both ends inclusive, null = open), by sector code, and to the journeys that may
/// still be waiting at the end of some month from <paramref name="WaitingFrom"/> to <paramref name="WaitingTo"/>
/// (<see cref="Metrics.OpenWaits"/>: referred by then, not ended before, a step not yet reached; null = all), and to
/// the journeys of the given keys (null = all).
/// </summary>
public sealed record JourneyFactsFilter(
    IReadOnlyCollection<string>? HubIds = null,
    string? FromMonth = null,
    string? ToMonth = null,
    string? Sector = null,
    string? WaitingFrom = null,
    string? WaitingTo = null,
    IReadOnlyCollection<string>? JourneyKeys = null
)
{
    public static JourneyFactsFilter Everything { get; } = new();
}

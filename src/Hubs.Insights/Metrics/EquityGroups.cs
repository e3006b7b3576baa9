namespace Hubs.Insights.Metrics;

/// <summary>
/// Coarse equity groups of a journey, as the keyworker stated them (null when not stated). Only groups
/// coarse enough for the feeds belong here: an age band such as "35-44", never a date of birth.
/// </summary>
public sealed record EquityGroups(
    string? EthnicityGroup = null,
    string? Sex = null,
    string? AgeBand = null,
    string? Disability = null
)
{
    public static EquityGroups NotStated { get; } = new();
}

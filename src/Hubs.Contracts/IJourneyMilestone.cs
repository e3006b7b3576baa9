namespace Hubs.Contracts;

/// <summary>
/// What every journey contract carries. Nothing here identifies a person: the journey key is a keyed
/// hash that only Hubs.Web can compute, dates are coarsened to ISO week and month, and the stream
/// version lets consumers order and deduplicate milestones that arrive out of order.
/// </summary>
public interface IJourneyMilestone
{
    /// <summary>Pseudonymous journey key (HMAC of the journey id; Insights never holds the key).</summary>
    string JourneyKey { get; }

    /// <summary>The Hub (tenant) the journey belongs to.</summary>
    string HubId { get; }

    /// <summary>Position of the source event in the journey's stream (1-based).</summary>
    long StreamVersion { get; }

    /// <summary>ISO 8601 week of the milestone, e.g. <c>2026-W48</c>.</summary>
    string IsoWeek { get; }

    /// <summary>Calendar month of the milestone, e.g. <c>2026-11</c>.</summary>
    string Month { get; }
}

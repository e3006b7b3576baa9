using Hubs.Insights.Metrics;

namespace Hubs.Insights.Features.Pathways;

/// <summary>
/// A journey's latest allocation: how far it met the characteristics the keyworker ticked (a code of
/// <c>AllocationCodes</c>), its month, and the referral's facts its equity groups are read from.
/// </summary>
public sealed record AllocationFacts(
    string JourneyKey,
    string HubId,
    string Month,
    string Wishes,
    JourneyFacts Referral
)
{
    public bool Stated => Wishes != Contracts.Journeys.AllocationCodes.NoneStated;
}

/// <summary>
/// One booked appointment (key: journey key and booking number): the month it starts in, its purpose, whether it
/// is outside the Hub's opening hours, and its outcome code once recorded.
/// </summary>
public sealed record ScheduledFacts(
    string Key,
    string HubId,
    string Month,
    string Purpose,
    bool OutOfHours,
    string? Outcome
)
{
    /// <summary>Attended or not attended: the appointments uptake is judged on (cancellations are neither).</summary>
    public bool Kept => Outcome is "attended" or "did-not-attend";
}

/// <summary>Where the allocation and out-of-hours tables get their rows (the store, or a test's cohort).</summary>
public interface IPathwaySource
{
    Task<IReadOnlyList<AllocationFacts>> AllocationsAsync(
        IReadOnlySet<string> hubIds,
        CancellationToken cancellationToken
    );

    Task<IReadOnlyList<ScheduledFacts>> AppointmentsAsync(
        IReadOnlySet<string> hubIds,
        CancellationToken cancellationToken
    );
}

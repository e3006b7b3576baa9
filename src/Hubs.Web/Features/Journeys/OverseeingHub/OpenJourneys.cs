using Hubs.Web.Features.Journeys.ReadModels;
using Marten;

namespace Hubs.Web.Features.Journeys.OverseeingHub;

/// <summary>
/// Every journey of a Hub that has not ended, read once for the whole overview: its flags and supervision lines
/// (the journeys after triage) and its open cases at risk (from referral on) come from the same list. Read by the
/// summaries' Hub and status index; it was read twice, the second time for the few at risk (benchmarks/SCALE.md).
/// </summary>
public static class OpenJourneys
{
    private static readonly JourneyStatus[] NotEnded = Enum.GetValues<JourneyStatus>()
        .Where(s => !s.IsEnding())
        .ToArray();

    public static async Task<IReadOnlyList<JourneySummary>> ReadAsync(
        IQuerySession session,
        string hubId,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(session);
        return await session
            .Query<JourneySummary>()
            .Where(j => j.HubId == hubId && j.Status.IsOneOf(NotEnded))
            .ToListAsync(cancellationToken);
    }
}

using Hubs.Web.Features.Journeys.Events;
using Marten;

namespace Hubs.Web.Features.Journeys.ReadModels;

/// <summary>
/// The self-referrals that started the given journeys (each journey's first event), in one read. Their personal
/// details stay sealed until a caller reads them; callers warm the data keys first when they will.
/// </summary>
public static class JourneyReferrals
{
    public static async Task<IReadOnlyList<SelfReferralSubmitted>> ReadAsync(
        IQuerySession session,
        IReadOnlyCollection<Guid> journeyIds,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(journeyIds);
        var ids = journeyIds as Guid[] ?? [.. journeyIds];
        var first = await session
            .Events.QueryAllRawEvents()
            .Where(e => ids.Contains(e.StreamId) && e.Version == 1)
            .ToListAsync(cancellationToken);
        return [.. first.Select(e => e.Data).OfType<SelfReferralSubmitted>()];
    }
}

using Hubs.Web.Features.Journeys.ReadModels;
using Marten;

namespace Hubs.Web.Features.Workshops;

/// <summary>The reads the workshop pages and API share; a Hub's are filtered to that Hub in the query.</summary>
public static class WorkshopStore
{
    public static async Task<IReadOnlyList<Workshop>> ForHubAsync(
        IQuerySession session,
        string hubId,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(session);
        var workshops = await session
            .Query<Workshop>()
            .Where(w => w.HubId == hubId)
            .OrderByDescending(w => w.StartsAt)
            .ToListAsync(cancellationToken);
        return [.. workshops];
    }

    /// <summary>Workshops still to come, soonest first, every Hub's: what the public list shows.</summary>
    public static async Task<IReadOnlyList<Workshop>> UpcomingAsync(
        IQuerySession session,
        DateTimeOffset now,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(session);
        var workshops = await session
            .Query<Workshop>()
            .Where(w => w.StartsAt > now && !w.Held)
            .OrderBy(w => w.StartsAt)
            .ToListAsync(cancellationToken);
        return [.. workshops];
    }

    /// <summary>The workshops where the keyworker has (or had) a place, soonest first.</summary>
    public static async Task<IReadOnlyList<Workshop>> OfKeyworkerAsync(
        IQuerySession session,
        Guid keyworkerId,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(session);
        var workshops = await session
            .Query<Workshop>()
            .Where(w => w.Places.Any(p => p.KeyworkerId == keyworkerId))
            .OrderBy(w => w.StartsAt)
            .ToListAsync(cancellationToken);
        return [.. workshops];
    }

    /// <summary>
    /// The journey whose contact-safety preferences a booking's reminders follow: the keyworker's latest open
    /// journey with the workshop's Hub, else their latest there; none when they have never referred themselves.
    /// </summary>
    public static async Task<Guid?> ContactJourneyAsync(
        IQuerySession session,
        Guid keyworkerId,
        string hubId,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(session);
        var journeys = await session
            .Query<JourneySummary>()
            .Where(j => j.KeyworkerId == keyworkerId && j.HubId == hubId)
            .ToListAsync(cancellationToken);
        return journeys.OrderBy(j => j.HasEnded).ThenByDescending(j => j.SubmittedAt).FirstOrDefault()?.Id;
    }
}

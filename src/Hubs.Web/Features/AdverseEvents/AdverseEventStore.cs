using Hubs.Web.Features.AdverseEvents.LoggingAdverseEvent;
using Hubs.Web.Features.Shared;
using Marten;

namespace Hubs.Web.Features.AdverseEvents;

/// <summary>The reads the adverse-event pages and API share, each filtered to one Hub in the query.</summary>
public static class AdverseEventStore
{
    /// <summary>Today in the Hub's time zone: training and refresher dates are days, not instants.</summary>
    public static DateOnly Today(ClinicClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(clock.Local(clock.Now));
    }

    public static async Task<AdverseEventSettings> SettingsAsync(
        IQuerySession session,
        string hubId,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(session);
        return await session.LoadAsync<AdverseEventSettings>(hubId, cancellationToken)
            ?? AdverseEventSettings.Default(hubId);
    }

    public static async Task<IReadOnlyList<AdverseEvent>> EventsAsync(
        IQuerySession session,
        string hubId,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(session);
        var events = await session
            .Query<AdverseEvent>()
            .Where(e => e.HubId == hubId)
            .OrderByDescending(e => e.LoggedAt)
            .ToListAsync(cancellationToken);
        return [.. events];
    }

    public static async Task<IReadOnlyList<PeerSupporter>> RegisterAsync(
        IQuerySession session,
        string hubId,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(session);
        var supporters = await session
            .Query<PeerSupporter>()
            .Where(p => p.HubId == hubId)
            .OrderBy(p => p.Name)
            .ToListAsync(cancellationToken);
        return [.. supporters];
    }
}

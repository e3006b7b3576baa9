using Hubs.Web.Features.Journeys.Events;

namespace Hubs.Web.Features.TeamActivities.RatingTeamSession;

/// <summary>
/// The facilitator opened the one-minute rating for a held session: the code attendees are given (a capability,
/// random, unguessable; it names nobody).
/// </summary>
public sealed record TeamSessionRatingOpened(Guid ActivityId, DateTimeOffset OpenedAt, string Code)
    : ITeamActivityEvent;

/// <summary>
/// One anonymous rating: nothing about who gave it (no account, address or time finer than the event's own) is kept.
/// </summary>
public sealed record TeamSessionRated(Guid ActivityId, DateTimeOffset RatedAt, SessionValue Value, FeltSafe Safe)
    : ITeamActivityEvent;

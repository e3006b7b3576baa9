using Hubs.Web.Features.Privacy;

namespace Hubs.Web.Features.Journeys.Events;

/// <summary>
/// Hub staff gave the keyworker of a referral taken by phone a one-time claim code (its hash is kept apart, in
/// <c>JourneyClaimCode</c>, never in the stream). Recorded so the record shows who issued it and until when.
/// </summary>
public sealed record JourneyClaimCodeIssued(
    Guid JourneyId,
    DateTimeOffset IssuedAt,
    Guid IssuedBy,
    DateTimeOffset ExpiresAt
) : IJourneyEvent;

/// <summary>
/// The keyworker of a referral taken by phone claimed it with their code: from now on the journey is their account's
/// (<paramref name="Keyworker"/> is its subject id). The email address they signed up with is sealed.
/// </summary>
public sealed record JourneyClaimed(Guid JourneyId, DateTimeOffset ClaimedAt, Guid Keyworker, Personal<string>? Email)
    : IJourneyEvent;

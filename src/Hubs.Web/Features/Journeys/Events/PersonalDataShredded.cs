using Hubs.Web.Features.Journeys.Events;
namespace Hubs.Web.Features.Privacy;

/// <summary>
/// The keyworker's data key was destroyed: their personal data in this and every other journey is
/// unreadable from now on. Dates, states and scores remain.
/// </summary>
public sealed record PersonalDataShredded(Guid JourneyId, DateTimeOffset ShreddedAt, Guid ShreddedBy, ShreddingGround Ground) : IJourneyEvent;

/// <summary>Why personal data may be destroyed (src/DOMAIN-RULES.md: data protection facts).</summary>
public enum ShreddingGround { RetentionExpired, DraftExpired, KeptWithoutNeed }

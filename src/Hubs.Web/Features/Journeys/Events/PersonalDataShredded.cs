using Hubs.Web.Features.Privacy;

namespace Hubs.Web.Features.Journeys.Events;

/// <summary>
/// The keyworker's data key was destroyed: their personal data in this and every other journey is
/// unreadable from now on. Dates, states and scores remain.
/// </summary>
public sealed record PersonalDataShredded(
    Guid JourneyId,
    DateTimeOffset ShreddedAt,
    Guid ShreddedBy,
    ShreddingGround Ground
) : IJourneyEvent;

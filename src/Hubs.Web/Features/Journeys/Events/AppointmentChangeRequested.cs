using Hubs.Web.Features.Privacy;

namespace Hubs.Web.Features.Journeys.Events;

/// <summary>
/// The keyworker asked the Hub to move or cancel an appointment. It is a request for staff to act on, so the
/// appointment itself does not change; the optional reason is their own words, sealed like other free text.
/// </summary>
public sealed record AppointmentChangeRequested(
    Guid JourneyId,
    Guid AppointmentId,
    DateTimeOffset RequestedAt,
    AppointmentChangeKind Kind,
    Personal<string>? Reason
) : IJourneyEvent;

using Hubs.Web.Features.Privacy;

namespace Hubs.Web.Features.Journeys.Events;

public enum CancelledBy
{
    Client,
    Hub,
}

public sealed record AppointmentBooked(
    Guid JourneyId,
    Guid AppointmentId,
    DateTimeOffset BookedAt,
    AppointmentPurpose Purpose,
    DateTimeOffset StartsAt,
    int DurationMinutes,
    ContactMode Mode,
    bool OutOfHours,
    Guid ClinicianId
) : IJourneyEvent;

public sealed record AppointmentRescheduled(
    Guid JourneyId,
    Guid AppointmentId,
    DateTimeOffset RescheduledAt,
    DateTimeOffset StartsAt,
    ContactMode Mode,
    bool OutOfHours
) : IJourneyEvent;

/// <summary>
/// An appointment cancelled; <c>AtJourneyEnd</c> when it went with a discharge or withdrawal, not on its own.
/// </summary>
public sealed record AppointmentCancelled(
    Guid JourneyId,
    Guid AppointmentId,
    DateTimeOffset CancelledAt,
    CancelledBy By,
    Personal<string>? Reason,
    bool AtJourneyEnd = false
) : IJourneyEvent;

public sealed record AppointmentAttended(Guid JourneyId, Guid AppointmentId, DateTimeOffset RecordedAt) : IJourneyEvent;

/// <summary>The client did not attend (DNA) and gave no notice.</summary>
public sealed record AppointmentNotAttended(Guid JourneyId, Guid AppointmentId, DateTimeOffset RecordedAt)
    : IJourneyEvent;

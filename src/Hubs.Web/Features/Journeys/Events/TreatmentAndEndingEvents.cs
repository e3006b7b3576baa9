using Hubs.Web.Features.Privacy;

namespace Hubs.Web.Features.Journeys.Events;

/// <summary>Session-by-session measurement: PHQ-9 and GAD-7 totals at every treatment session.</summary>
public sealed record TreatmentSessionRecorded(
    Guid JourneyId,
    Guid AppointmentId,
    int SessionNumber,
    DateTimeOffset RecordedAt,
    Guid ClinicianId,
    int Phq9Total,
    int Gad7Total,
    Personal<string>? Notes) : IJourneyEvent;

public sealed record ClientDischarged(
    Guid JourneyId, DateTimeOffset DischargedAt, Guid ClinicianId, DischargeReason Reason, Personal<string>? Summary) : IJourneyEvent;

/// <summary>The keyworker withdrew from the service themselves; allowed at any point before an ending.</summary>
public sealed record JourneyWithdrawn(Guid JourneyId, DateTimeOffset WithdrawnAt, Personal<string>? Reason) : IJourneyEvent;

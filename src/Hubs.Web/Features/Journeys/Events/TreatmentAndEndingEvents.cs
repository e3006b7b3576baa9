using Hubs.Web.Features.Privacy;

namespace Hubs.Web.Features.Journeys.Events;

/// <summary>
/// Session-by-session measurement: PHQ-9 and GAD-7 totals at every treatment session, with PHQ-9 item 9 (thoughts
/// of self-harm) and the clinician's risk review (sealed). Both are null on sessions stored before they were asked.
/// </summary>
public sealed record TreatmentSessionRecorded(
    Guid JourneyId,
    Guid AppointmentId,
    int SessionNumber,
    DateTimeOffset RecordedAt,
    Guid ClinicianId,
    int Phq9Total,
    int Gad7Total,
    Personal<string>? Notes,
    int? Phq9Item9 = null,
    Personal<string>? RiskReview = null
) : IJourneyEvent;

public sealed record ClientDischarged(
    Guid JourneyId,
    DateTimeOffset DischargedAt,
    Guid ClinicianId,
    DischargeReason Reason,
    Personal<string>? Summary
) : IJourneyEvent;

/// <summary>The keyworker withdrew from the service themselves; allowed at any point before an ending.</summary>
public sealed record JourneyWithdrawn(Guid JourneyId, DateTimeOffset WithdrawnAt, Personal<string>? Reason)
    : IJourneyEvent;

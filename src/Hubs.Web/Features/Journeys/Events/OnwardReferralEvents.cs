using Hubs.Web.Features.Privacy;
using Hubs.Web.Features.ServiceDirectory;

namespace Hubs.Web.Features.Journeys.Events;

/// <summary>
/// A clinician signposted or referred the keyworker on to a service of the Hub's directory. The service's kind is
/// copied in (the anonymised side gets the kind, never the name); the note is free text, so sealed.
/// </summary>
public sealed record OnwardReferralRecorded(
    Guid JourneyId,
    Guid ReferralId,
    DateTimeOffset RecordedAt,
    Guid ClinicianId,
    OnwardStage Stage,
    OnwardKind Kind,
    Guid ServiceId,
    ServiceKind ServiceKind,
    OnwardReason Reason,
    Personal<string>? Note
) : IJourneyEvent;

/// <summary>What came of an onward referral, as far as the Hub knows; it can be recorded again as it changes.</summary>
public sealed record OnwardReferralOutcomeRecorded(
    Guid JourneyId,
    Guid ReferralId,
    DateTimeOffset RecordedAt,
    Guid ClinicianId,
    OnwardOutcome Outcome
) : IJourneyEvent;

/// <summary>
/// A discharge as "moved on" names where to: a service of the Hub's directory (kind copied, as above).
/// </summary>
public sealed record ClientMovedOnTo(Guid JourneyId, DateTimeOffset MovedAt, Guid ServiceId, ServiceKind ServiceKind)
    : IJourneyEvent;

/// <summary>
/// At a review the planned intervention was stepped up, down or across, with a coded reason and a re-assessment
/// note (sealed); measures taken with it are their own <see cref="MeasureCompleted"/> events.
/// </summary>
public sealed record InterventionStepped(
    Guid JourneyId,
    DateTimeOffset SteppedAt,
    Guid ClinicianId,
    InterventionType From,
    InterventionType To,
    StepDirection Direction,
    StepReason Reason,
    Personal<string> Reassessment
) : IJourneyEvent;

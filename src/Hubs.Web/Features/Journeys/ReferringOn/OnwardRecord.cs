using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.ServiceDirectory;
using Marten.Events.Aggregation;

namespace Hubs.Web.Features.Journeys.ReferringOn;

/// <summary>One onward referral or signpost as the record lists it (the note stays in the sealed event).</summary>
public sealed record OnwardEntry(
    Guid Id,
    DateTimeOffset RecordedAt,
    OnwardStage Stage,
    OnwardKind Kind,
    Guid ServiceId,
    ServiceKind ServiceKind,
    OnwardReason Reason,
    OnwardOutcome? Outcome = null,
    DateTimeOffset? OutcomeAt = null
)
{
    public bool IsOpen => Kind == OnwardKind.Referral && Outcome is null or OnwardOutcome.StillWaiting;
}

/// <summary>One change of the planned intervention, in order.</summary>
public sealed record StepEntry(
    DateTimeOffset SteppedAt,
    InterventionType From,
    InterventionType To,
    StepDirection Direction,
    StepReason Reason
);

/// <summary>
/// A journey's onward referrals, steps of care and where it moved on to: the record, caseload and hub overview read
/// this (never the write-side journey). No personal data: codes, ids and dates only.
/// </summary>
public sealed record OnwardRecord
{
    public Guid Id { get; init; }

    public string HubId { get; init; } = "";

    public Guid? ClinicianId { get; init; }

    public DateTimeOffset SubmittedAt { get; init; }

    public bool Ended { get; init; }

    public IReadOnlyList<OnwardEntry> Referrals { get; init; } = [];

    public IReadOnlyList<StepEntry> Steps { get; init; } = [];

    public Guid? MovedOnTo { get; init; }

    /// <summary>The planned intervention: chosen at assessment, then as stepped.</summary>
    public InterventionType? Intervention { get; init; }

    /// <summary>Referrals still waiting for an answer (kept as a number so the lists can query it).</summary>
    public int OpenCount { get; init; }
}

public sealed class OnwardRecordProjection : SingleStreamProjection<OnwardRecord, Guid>
{
    public static OnwardRecord Create(SelfReferralSubmitted e) =>
        new()
        {
            Id = e.JourneyId,
            HubId = e.HubId,
            SubmittedAt = e.SubmittedAt,
        };

    public static OnwardRecord Apply(ClinicianAllocated e, OnwardRecord r) => r with { ClinicianId = e.ClinicianId };

    public static OnwardRecord Apply(AssessmentCompleted e, OnwardRecord r) => r with { Intervention = e.Intervention };

    public static OnwardRecord Apply(ReferralTriaged e, OnwardRecord r) =>
        r with
        {
            Ended = e.Outcome != TriageOutcome.Assess,
        };

    public static OnwardRecord Apply(OnwardReferralRecorded e, OnwardRecord r) =>
        Counted(
            r with
            {
                Referrals =
                [
                    .. r.Referrals,
                    new OnwardEntry(e.ReferralId, e.RecordedAt, e.Stage, e.Kind, e.ServiceId, e.ServiceKind, e.Reason),
                ],
            }
        );

    public static OnwardRecord Apply(OnwardReferralOutcomeRecorded e, OnwardRecord r) =>
        Counted(
            r with
            {
                Referrals =
                [
                    .. r.Referrals.Select(x =>
                        x.Id == e.ReferralId ? x with { Outcome = e.Outcome, OutcomeAt = e.RecordedAt } : x
                    ),
                ],
            }
        );

    public static OnwardRecord Apply(InterventionStepped e, OnwardRecord r) =>
        r with
        {
            Intervention = e.To,
            Steps = [.. r.Steps, new StepEntry(e.SteppedAt, e.From, e.To, e.Direction, e.Reason)],
        };

    public static OnwardRecord Apply(ClientMovedOnTo e, OnwardRecord r) => r with { MovedOnTo = e.ServiceId };

    public static OnwardRecord Apply(ClientDischarged e, OnwardRecord r) => r with { Ended = true };

    public static OnwardRecord Apply(JourneyWithdrawn e, OnwardRecord r) => r with { Ended = true };

    private static OnwardRecord Counted(OnwardRecord r) => r with { OpenCount = r.Referrals.Count(x => x.IsOpen) };
}

using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Journeys.ReadModels;
using Hubs.Web.Features.ServiceDirectory;

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

/// <summary>
/// A journey has a record from the first of these events (its triage, as a rule); a referral writes no empty one
/// (<see cref="AfterReferralProjection{TDocument}"/>).
/// </summary>
public sealed class OnwardRecordProjection : AfterReferralProjection<OnwardRecord>
{
    public OnwardRecordProjection()
    {
        IncludeType<ClinicianAllocated>();
        IncludeType<AssessmentCompleted>();
        IncludeType<ReferralTriaged>();
        IncludeType<OnwardReferralRecorded>();
        IncludeType<OnwardReferralOutcomeRecorded>();
        IncludeType<InterventionStepped>();
        IncludeType<ClientMovedOnTo>();
        IncludeType<ClientDischarged>();
        IncludeType<JourneyWithdrawn>();
    }

    protected override OnwardRecord Begun(Guid journeyId, JourneyOrigin origin) =>
        new()
        {
            Id = journeyId,
            HubId = origin.HubId,
            SubmittedAt = origin.SubmittedAt,
        };

    protected override OnwardRecord Evolved(OnwardRecord document, object e) =>
        e switch
        {
            ClinicianAllocated allocated => document with { ClinicianId = allocated.ClinicianId },
            AssessmentCompleted assessed => document with { Intervention = assessed.Intervention },
            ReferralTriaged triaged => document with { Ended = triaged.Outcome != TriageOutcome.Assess },
            OnwardReferralRecorded referred => Counted(
                document with
                {
                    Referrals =
                    [
                        .. document.Referrals,
                        new OnwardEntry(
                            referred.ReferralId,
                            referred.RecordedAt,
                            referred.Stage,
                            referred.Kind,
                            referred.ServiceId,
                            referred.ServiceKind,
                            referred.Reason
                        ),
                    ],
                }
            ),
            OnwardReferralOutcomeRecorded answered => Counted(
                document with
                {
                    Referrals =
                    [
                        .. document.Referrals.Select(x =>
                            x.Id == answered.ReferralId
                                ? x with
                                {
                                    Outcome = answered.Outcome,
                                    OutcomeAt = answered.RecordedAt,
                                }
                                : x
                        ),
                    ],
                }
            ),
            InterventionStepped stepped => document with
            {
                Intervention = stepped.To,
                Steps =
                [
                    .. document.Steps,
                    new StepEntry(stepped.SteppedAt, stepped.From, stepped.To, stepped.Direction, stepped.Reason),
                ],
            },
            ClientMovedOnTo moved => document with { MovedOnTo = moved.ServiceId },
            ClientDischarged or JourneyWithdrawn => document with { Ended = true },
            _ => document,
        };

    private static OnwardRecord Counted(OnwardRecord r) => r with { OpenCount = r.Referrals.Count(x => x.IsOpen) };
}

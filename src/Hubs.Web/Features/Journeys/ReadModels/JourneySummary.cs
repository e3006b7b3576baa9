using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Questionnaires;

namespace Hubs.Web.Features.Journeys.ReadModels;

/// <summary>
/// One journey as the pages show it: its heading and record, the caseload, the Hub overview, search and the
/// keyworker's own list. No personal data (the pages unseal the referral at display time); inline, so a page shown
/// after a write reads what was written. Folded by <see cref="JourneySummaryProjection"/>.
/// </summary>
public sealed record JourneySummary(Guid Id, string HubId, Guid KeyworkerId, DateTimeOffset SubmittedAt) : IJourneyFacts
{
    public JourneyStatus Status { get; init; }

    /// <summary>Whose data key seals the journey's personal data (the search unseals with it).</summary>
    public Guid SealedWith { get; init; }

    public Guid? PreviousJourneyId { get; init; }

    public RiskLevel Risk { get; init; }

    public bool ScreeningByPhoneRequested { get; init; }

    public TriageOutcome? TriageOutcome { get; init; }

    public DateTimeOffset? AssessedAt { get; init; }

    public InterventionType? Intervention { get; init; }

    public Guid? ClinicianId { get; init; }

    public IReadOnlyList<Appointment> Appointments { get; init; } = [];

    public int SessionsRecorded { get; init; }

    public DateTimeOffset? SafetyPlanAgreedAt { get; init; }

    public LastContactAttempt? LastAttempt { get; init; }

    public DateTimeOffset? LastReachedAt { get; init; }

    public DateTimeOffset? EndedAt { get; init; }

    /// <summary>Taken by phone and not yet claimed by its keyworker (issue 20, TakingReferralByPhone).</summary>
    public bool AwaitingClaim { get; init; }

    public bool HasEnded => Status.IsEnding();

    public AppointmentChangeKind? OpenChangeRequest => Appointments.OpenChangeRequest();

    /// <summary>Kept in the document with each write, so the overview reads it without the appointments.</summary>
    public DateTimeOffset? LastAttendedAt => Appointments.LastAttended();

    /// <summary>Kept in the document with each write, so the overview reads it without the appointments.</summary>
    public int MissedAppointments => Appointments.Missed();

    /// <summary>The first attended treatment appointment (a wait's end), kept in its own column.</summary>
    public DateTimeOffset? FirstTreatmentAt => Appointments.AttendedTreatments() is [var first, ..] ? first : null;

    /// <summary>The second attended treatment appointment (the hidden wait's end), kept in its own column.</summary>
    public DateTimeOffset? SecondTreatmentAt =>
        Appointments.AttendedTreatments() is [_, var second, ..] ? second : null;

    /// <summary>What the journey is waiting for now, kept in its own column (never null once written).</summary>
    public WaitStage WaitingFor => WaitMarks.StageOf(this, Appointments.AttendedTreatments().Count);

    /// <summary>Marten's hook as it maps this document: the wait marks' columns (JourneySummarySetup).</summary>
    public static void ConfigureMarten(Marten.Schema.DocumentMapping<JourneySummary> mapping) =>
        JourneySummarySetup.Columns(mapping);
}

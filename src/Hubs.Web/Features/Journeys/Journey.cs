using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Journeys.RequestingAppointmentChange;
using Hubs.Web.Features.Questionnaires;

namespace Hubs.Web.Features.Journeys;

/// <summary>
/// The journey's current state, folded from its stream (an inline Marten snapshot). It holds what the
/// decisions need and no personal data, so it stays readable after the keyworker's key is destroyed.
/// </summary>
public sealed partial record Journey(Guid Id, string HubId, JourneyStatus Status, DateTimeOffset SubmittedAt)
    : IJourneyFacts
{
    /// <summary>Stream version, set by Marten; writes check it for optimistic concurrency.</summary>
    public long Version { get; set; }

    public Guid KeyworkerId { get; init; }

    /// <summary>
    /// Whose data key seals this journey's personal data: the journey's own (so one journey can be shredded
    /// alone), or the keyworker's for journeys recorded before keys were per journey (their stored
    /// snapshots have no value here, hence the fallback).
    /// </summary>
    public Guid SealedWith
    {
        get => _sealedWith == Guid.Empty ? KeyworkerId : _sealedWith;
        init => _sealedWith = value;
    }

    private readonly Guid _sealedWith;

    public Guid? PreviousJourneyId { get; init; }

    /// <summary>The current risk: the last risk assessment's level, raised by any later signal (RiskHistory).</summary>
    public RiskLevel Risk { get; init; }

    /// <summary>The keyworker asked to answer the screening questions by phone.</summary>
    public bool ScreeningByPhoneRequested { get; init; }

    public TriageOutcome? TriageOutcome { get; init; }

    public DateTimeOffset? AssessedAt { get; init; }

    public InterventionType? Intervention { get; init; }

    public Guid? ClinicianId { get; init; }

    public IReadOnlyList<Appointment> Appointments { get; init; } = [];

    public int SessionsRecorded { get; init; }

    /// <summary>When the current safety plan was agreed; the keyworker's page links to it.</summary>
    public DateTimeOffset? SafetyPlanAgreedAt { get; init; }

    public DateTimeOffset? EndedAt { get; init; }

    public DischargeReason? DischargeReason { get; init; }

    public bool HasEnded => Status.IsEnding();

    public Appointment? FindAppointment(Guid appointmentId) => Appointments.FirstOrDefault(a => a.Id == appointmentId);

    /// <summary>The keyworker's open request on one of the booked appointments, if any.</summary>
    public AppointmentChangeKind? OpenChangeRequest => Appointments.OpenChangeRequest();
}

/// <summary>
/// One appointment as the decisions see it; <c>ChangeRequested</c> is the keyworker's open request, if any.
/// </summary>
public sealed record Appointment(
    Guid Id,
    AppointmentPurpose Purpose,
    DateTimeOffset StartsAt,
    int DurationMinutes,
    ContactMode Mode,
    bool OutOfHours,
    Guid ClinicianId,
    AppointmentState State,
    bool SessionRecorded = false,
    AppointmentChangeKind? ChangeRequested = null
);

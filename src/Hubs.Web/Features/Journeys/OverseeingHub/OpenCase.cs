using Hubs.Web.Features.Journeys.RequestingAppointmentChange;
using Hubs.Web.Features.Questionnaires;

namespace Hubs.Web.Features.Journeys.OverseeingHub;

/// <summary>
/// An open journey as the overview reads it: the scalars of its summary, never the appointment list (read by
/// <see cref="OpenJourneys"/> and deserialised as the document's own fields are).
/// </summary>
public sealed record OpenCase : IOpenCaseFacts
{
    public Guid Id { get; init; }

    public JourneyStatus Status { get; init; }

    public DateTimeOffset SubmittedAt { get; init; }

    public RiskLevel Risk { get; init; }

    public DateTimeOffset? AssessedAt { get; init; }

    public Guid? ClinicianId { get; init; }

    public int SessionsRecorded { get; init; }

    public LastContactAttempt? LastAttempt { get; init; }

    public DateTimeOffset? LastReachedAt { get; init; }

    public AppointmentChangeKind? OpenChangeRequest { get; init; }

    public DateTimeOffset? LastAttendedAt { get; init; }

    public int MissedAppointments { get; init; }
}

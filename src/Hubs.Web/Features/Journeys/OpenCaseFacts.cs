using Hubs.Web.Features.Journeys.RequestingAppointmentChange;
using Hubs.Web.Features.Questionnaires;

namespace Hubs.Web.Features.Journeys;

/// <summary>
/// What the hub overview's figures read of an open journey (contact, missed appointments, risk, supervision): no
/// appointment list, so the overview can read a few thousand of them as scalars (OverseeingHub/OpenJourneys.cs).
/// <see cref="IJourneyFacts"/> works the last two out from its appointments; the summary keeps them in its document.
/// </summary>
public interface IOpenCaseFacts
{
    Guid Id { get; }

    JourneyStatus Status { get; }

    DateTimeOffset SubmittedAt { get; }

    RiskLevel Risk { get; }

    DateTimeOffset? AssessedAt { get; }

    Guid? ClinicianId { get; }

    int SessionsRecorded { get; }

    LastContactAttempt? LastAttempt { get; }

    DateTimeOffset? LastReachedAt { get; }

    AppointmentChangeKind? OpenChangeRequest { get; }

    /// <summary>When the latest attended appointment started, if any (contact, <see cref="Contact"/>).</summary>
    DateTimeOffset? LastAttendedAt { get; }

    /// <summary>How many appointments were not attended.</summary>
    int MissedAppointments { get; }
}

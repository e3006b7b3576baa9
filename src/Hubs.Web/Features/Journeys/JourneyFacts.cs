using Hubs.Web.Features.Journeys.ChangingContactPreferences;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Journeys.RequestingAppointmentChange;
using Hubs.Web.Features.Questionnaires;

namespace Hubs.Web.Features.Journeys;

/// <summary>
/// Where a journey stands, as both the write-side <see cref="Journey"/> and the pages' read model
/// (<c>ReadModels/JourneySummary</c>) hold it: the rules that read these facts (who may open it, contact, waits,
/// the Hub's figures) are written once for both.
/// </summary>
public interface IJourneyFacts : IOpenCaseFacts
{
    string HubId { get; }

    /// <summary>Whose journey it is: the keyworker's account (who may open it as their own).</summary>
    Guid KeyworkerId { get; }

    Guid? PreviousJourneyId { get; }

    TriageOutcome? TriageOutcome { get; }

    InterventionType? Intervention { get; }

    IReadOnlyList<Appointment> Appointments { get; }

    DateTimeOffset? EndedAt { get; }

    bool HasEnded { get; }

    DateTimeOffset? IOpenCaseFacts.LastAttendedAt => Appointments.LastAttended();

    int IOpenCaseFacts.MissedAppointments => Appointments.Missed();
}

/// <summary>
/// How events move a journey on, written once for every fold of it (the write side and the read model).
/// </summary>
public static class JourneyFactRules
{
    /// <summary>A risk signal only raises the current risk; a risk assessment sets it outright.</summary>
    public static RiskLevel RaisedTo(this RiskLevel current, RiskLevel signal) => current > signal ? current : signal;

    public static JourneyStatus AfterTriage(TriageOutcome outcome) =>
        outcome == Codes.TriageOutcome.Assess ? JourneyStatus.Triaged : JourneyStatus.ClosedAtTriage;

    /// <summary>Allocated after the assessment, the client waits for treatment.</summary>
    public static JourneyStatus AfterAllocation(this JourneyStatus status) =>
        status == JourneyStatus.Assessed ? JourneyStatus.Waiting : status;

    /// <summary>The first attended treatment appointment starts support.</summary>
    public static JourneyStatus AfterAttending(this JourneyStatus status, Appointment? attended) =>
        attended?.Purpose == AppointmentPurpose.Treatment && status == JourneyStatus.Waiting
            ? JourneyStatus.InSupport
            : status;

    /// <summary>Attempts may be logged late and out of order: the latest by time wins.</summary>
    public static LastContactAttempt Latest(this LastContactAttempt? last, ContactAttemptLogged e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return last is null || e.AttemptedAt >= last.At ? new(e.AttemptedAt, e.Channel, e.Outcome) : last;
    }

    /// <summary>An attempt that reached the keyworker counts as contact.</summary>
    public static DateTimeOffset? Reached(this DateTimeOffset? lastReached, ContactAttemptLogged e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return e.Outcome == ContactOutcome.Reached && (lastReached is null || e.AttemptedAt > lastReached)
            ? e.AttemptedAt
            : lastReached;
    }

    public static bool IsEnding(this JourneyStatus status) =>
        status is JourneyStatus.ClosedAtTriage or JourneyStatus.Discharged or JourneyStatus.Withdrawn;

    /// <summary>When the latest attended appointment started (contact), if any.</summary>
    public static DateTimeOffset? LastAttended(this IReadOnlyList<Appointment> appointments) =>
        appointments.Where(a => a.State == AppointmentState.Attended).Max(a => (DateTimeOffset?)a.StartsAt);

    public static int Missed(this IReadOnlyList<Appointment> appointments) =>
        appointments.Count(a => a.State == AppointmentState.NotAttended);

    /// <summary>The keyworker's open request on one of the booked appointments, if any.</summary>
    public static AppointmentChangeKind? OpenChangeRequest(this IReadOnlyList<Appointment> appointments) =>
        appointments
            .FirstOrDefault(a => a is { State: AppointmentState.Booked, ChangeRequested: not null })
            ?.ChangeRequested;
}

using System.Text.Json.Serialization;
using Hubs.Web.Features.Journeys.Events;
using Marten.Events.Aggregation;

namespace Hubs.Web.Features.Journeys.ReadModels;

/// <summary>
/// One journey's appointments (booked, moved, cancelled, attended) with whose they are: the one read model of the
/// Hub's diary, read by the diary page, the free slots offered for booking, the booking rules' clash check and the
/// keyworker's own pages. No personal data; indexed by Hub, keyworker and clinician
/// (<see cref="JourneyAppointmentsSetup"/>).
/// </summary>
public sealed record JourneyAppointments(Guid Id, string HubId, Guid KeyworkerId)
{
    public IReadOnlyList<Appointment> Appointments { get; init; } = [];

    /// <summary>Closed at triage, discharged or withdrawn.</summary>
    public bool Ended { get; init; }

    /// <summary>
    /// Whose appointments the journey holds (each clinician once; null without any): not in the document, only in
    /// its own column, which the diary's and free slots' "has an appointment with" queries ask through a narrow index.
    /// </summary>
    [JsonIgnore]
    public Guid[]? Clinicians =>
        Appointments.Count == 0 ? null : [.. Appointments.Select(a => a.ClinicianId).Distinct()];

    public Appointment? Find(Guid appointmentId) => Appointments.FirstOrDefault(a => a.Id == appointmentId);
}

/// <summary>Inline, so a booking and the diary showing it commit together: a booked slot is never offered.</summary>
public sealed class JourneyAppointmentsProjection : SingleStreamProjection<JourneyAppointments, Guid>
{
    public static JourneyAppointments Create(SelfReferralSubmitted e) => new(e.JourneyId, e.HubId, e.KeyworkerId);

    public static JourneyAppointments Apply(JourneyClaimed e, JourneyAppointments j) =>
        j with
        {
            KeyworkerId = e.Keyworker,
        };

    public static JourneyAppointments Apply(AppointmentBooked e, JourneyAppointments j) =>
        j with
        {
            Appointments = j.Appointments.Booked(e),
        };

    public static JourneyAppointments Apply(AppointmentRescheduled e, JourneyAppointments j) =>
        j with
        {
            Appointments = j.Appointments.Rescheduled(e),
        };

    public static JourneyAppointments Apply(AppointmentCancelled e, JourneyAppointments j) =>
        j with
        {
            Appointments = j.Appointments.Cancelled(e),
        };

    public static JourneyAppointments Apply(AppointmentChangeRequested e, JourneyAppointments j) =>
        j with
        {
            Appointments = j.Appointments.ChangeRequested(e),
        };

    public static JourneyAppointments Apply(AppointmentAttended e, JourneyAppointments j) =>
        j with
        {
            Appointments = j.Appointments.Attended(e),
        };

    public static JourneyAppointments Apply(AppointmentNotAttended e, JourneyAppointments j) =>
        j with
        {
            Appointments = j.Appointments.NotAttended(e),
        };

    public static JourneyAppointments Apply(TreatmentSessionRecorded e, JourneyAppointments j) =>
        j with
        {
            Appointments = j.Appointments.SessionRecorded(e),
        };

    public static JourneyAppointments Apply(ReferralTriaged e, JourneyAppointments j) =>
        j with
        {
            Ended = e.Outcome != TriageOutcome.Assess,
        };

    public static JourneyAppointments Apply(ClientDischarged e, JourneyAppointments j) => j with { Ended = true };

    public static JourneyAppointments Apply(JourneyWithdrawn e, JourneyAppointments j) => j with { Ended = true };
}

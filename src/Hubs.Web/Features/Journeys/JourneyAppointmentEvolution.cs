using Hubs.Web.Features.Journeys.Events;

namespace Hubs.Web.Features.Journeys;

/// <summary>How appointment events change the journey: the first attended treatment starts support.</summary>
public sealed partial record Journey
{
    public Journey Apply(AppointmentBooked e) => this with { Appointments = Appointments.Booked(e) };

    public Journey Apply(AppointmentRescheduled e) => this with { Appointments = Appointments.Rescheduled(e) };

    public Journey Apply(AppointmentCancelled e) => this with { Appointments = Appointments.Cancelled(e) };

    public Journey Apply(AppointmentChangeRequested e) => this with { Appointments = Appointments.ChangeRequested(e) };

    public Journey Apply(AppointmentAttended e) =>
        this with
        {
            Status = Status.AfterAttending(FindAppointment(e.AppointmentId)),
            Appointments = Appointments.Attended(e),
        };

    public Journey Apply(AppointmentNotAttended e) => this with { Appointments = Appointments.NotAttended(e) };
}

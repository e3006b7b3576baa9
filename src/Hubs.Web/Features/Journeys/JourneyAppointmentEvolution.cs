using Hubs.Web.Features.Journeys.Events;

namespace Hubs.Web.Features.Journeys;

/// <summary>How appointment events change the journey: the first attended treatment starts support.</summary>
public sealed partial record Journey
{
    public Journey Apply(AppointmentBooked e) => this with { Appointments = Appointments.Booked(e) };

    public Journey Apply(AppointmentRescheduled e) => this with { Appointments = Appointments.Rescheduled(e) };

    public Journey Apply(AppointmentCancelled e) => this with { Appointments = Appointments.Cancelled(e) };

    public Journey Apply(AppointmentChangeRequested e) => this with { Appointments = Appointments.ChangeRequested(e) };

    public Journey Apply(AppointmentAttended e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var treatment = FindAppointment(e.AppointmentId)?.Purpose == AppointmentPurpose.Treatment;
        return this with
        {
            Status = treatment && Status == JourneyStatus.Waiting ? JourneyStatus.InSupport : Status,
            Appointments = Appointments.Attended(e),
        };
    }

    public Journey Apply(AppointmentNotAttended e) => this with { Appointments = Appointments.NotAttended(e) };
}

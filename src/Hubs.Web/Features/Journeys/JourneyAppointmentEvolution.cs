using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Journeys.RequestingAppointmentChange;

namespace Hubs.Web.Features.Journeys;

/// <summary>How appointment events change the journey: the first attended treatment starts support.</summary>
public sealed partial record Journey
{
    public Journey Apply(AppointmentBooked e) => this with
    {
        Appointments = [.. Appointments, new Appointment(e.AppointmentId, e.Purpose, e.StartsAt, e.DurationMinutes, e.Mode, e.OutOfHours, e.ClinicianId, AppointmentState.Booked)],
    };

    public Journey Apply(AppointmentRescheduled e) =>
        this with { Appointments = Change(e.AppointmentId, a => a with { StartsAt = e.StartsAt, Mode = e.Mode, OutOfHours = e.OutOfHours, ChangeRequested = null }) };

    public Journey Apply(AppointmentCancelled e) => this with
    {
        Appointments = Change(e.AppointmentId, a => a with
        {
            State = e.By == CancelledBy.Client ? AppointmentState.CancelledByClient : AppointmentState.CancelledByHub,
        }),
    };

    public Journey Apply(AppointmentChangeRequested e) =>
        this with { Appointments = Change(e.AppointmentId, a => a with { ChangeRequested = e.Kind }) };

    public Journey Apply(AppointmentAttended e)
    {
        var treatment = FindAppointment(e.AppointmentId)?.Purpose == AppointmentPurpose.Treatment;
        return this with
        {
            Status = treatment && Status == JourneyStatus.Waiting ? JourneyStatus.InSupport : Status,
            Appointments = Change(e.AppointmentId, a => a with { State = AppointmentState.Attended }),
        };
    }

    public Journey Apply(AppointmentNotAttended e) =>
        this with { Appointments = Change(e.AppointmentId, a => a with { State = AppointmentState.NotAttended }) };
}

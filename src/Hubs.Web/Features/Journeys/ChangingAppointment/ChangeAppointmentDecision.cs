using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Privacy;

namespace Hubs.Web.Features.Journeys.ChangingAppointment;

/// <summary>Only a booked appointment (not yet attended, missed or cancelled) on an open journey can change.</summary>
public static class ChangeAppointmentDecision
{
    public static Decision Reschedule(Journey journey, Guid appointmentId, RescheduleAppointment command, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(command);
        return WhenBooked(journey, appointmentId, () => Decision.Accept(new AppointmentRescheduled(
            journey.Id, appointmentId, now, command.StartsAt ?? now, command.Mode ?? ContactMode.InPerson, command.OutOfHours)));
    }

    public static Decision Cancel(Journey journey, Guid appointmentId, CancelAppointment command, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(command);
        return WhenBooked(journey, appointmentId, () => Decision.Accept(new AppointmentCancelled(
            journey.Id, appointmentId, now, command.By ?? CancelledBy.Hub, Personal.Text(journey.KeyworkerId, command.Reason))));
    }

    public static Decision Attendance(Journey journey, Guid appointmentId, RecordAttendance command, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(command);
        return WhenBooked(journey, appointmentId, () => command.Attended == true
            ? Decision.Accept(new AppointmentAttended(journey.Id, appointmentId, now))
            : Decision.Accept(new AppointmentNotAttended(journey.Id, appointmentId, now)));
    }

    private static Decision WhenBooked(Journey journey, Guid appointmentId, Func<Decision> decide)
    {
        ArgumentNullException.ThrowIfNull(journey);
        if (journey.HasEnded)
        {
            return JourneyRules.Ended(journey);
        }

        var appointment = journey.FindAppointment(appointmentId);
        if (appointment is null)
        {
            return Decision.Refuse("no-such-appointment", "This journey has no appointment with that id.");
        }

        return appointment.State == AppointmentState.Booked
            ? decide()
            : Decision.Refuse("appointment-closed", $"This appointment is already {Words(appointment.State)}.");
    }

    private static string Words(AppointmentState state) => state switch
    {
        AppointmentState.NotAttended => "recorded as not attended",
        AppointmentState.CancelledByClient => "cancelled by the client",
        AppointmentState.CancelledByHub => "cancelled by the Hub",
        _ => "recorded as attended",
    };
}

using Hubs.Web.Features.Hubs;
using Hubs.Web.Features.Journeys.BookingAppointment;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Privacy;

namespace Hubs.Web.Features.Journeys.ChangingAppointment;

/// <summary>
/// Only a booked appointment (not yet attended, missed or cancelled) on an open journey can change;
/// its new time follows <see cref="AppointmentTimes"/> and the diary's rules, and whether it happened can be recorded
/// only once it has started.
/// </summary>
public static class ChangeAppointmentDecision
{
    /// <summary>
    /// The new time follows the booking's rules too (<see cref="BookingRules.Check"/>), against
    /// <paramref name="context"/>.
    /// </summary>
    public static Decision Reschedule(
        Journey journey,
        Guid appointmentId,
        RescheduleAppointment command,
        DateTimeOffset now,
        OpeningHours hours,
        BookingContext? context = null
    )
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(hours);
        var startsAt = command.StartsAt ?? now;
        var mode = command.Mode ?? ContactMode.InPerson;
        return WhenBooked(journey, appointmentId, appointment =>
            AppointmentTimes.Refuse(startsAt, appointment.DurationMinutes, now)
            ?? BookingRules.Check(
                context ?? BookingContext.None,
                journey.KeyworkerId,
                appointment.ClinicianId,
                startsAt,
                appointment.DurationMinutes,
                mode,
                command.ConfirmWarnings,
                appointmentId
            )
            ?? Decision.Accept(
                new AppointmentRescheduled(
                    journey.Id,
                    appointmentId,
                    now,
                    startsAt,
                    mode,
                    hours.IsOutOfHours(startsAt, TimeSpan.FromMinutes(appointment.DurationMinutes))
                )
            )
        );
    }

    public static Decision Cancel(Journey journey, Guid appointmentId, CancelAppointment command, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(command);
        return WhenBooked(journey, appointmentId, _ =>
            Decision.Accept(
                new AppointmentCancelled(
                    journey.Id,
                    appointmentId,
                    now,
                    command.By ?? CancelledBy.Hub,
                    Personal.Text(journey.SealedWith, command.Reason)
                )
            )
        );
    }

    public static Decision Attendance(Journey journey, Guid appointmentId, RecordAttendance command, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(command);
        return WhenBooked(journey, appointmentId, appointment => true switch
            {
                _ when now < appointment.StartsAt => Decision.Refuse(
                    "appointment-not-started",
                    "Whether the client attended can be recorded once the "
                        + "appointment has started; cancel or reschedule it instead."
                ),
                _ when command.Attended == true => Decision.Accept(
                    new AppointmentAttended(journey.Id, appointmentId, now)
                ),
                _ => Decision.Accept(new AppointmentNotAttended(journey.Id, appointmentId, now)),
            });
    }

    private static Decision WhenBooked(Journey journey, Guid appointmentId, Func<Appointment, Decision> decide)
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
            ? decide(appointment)
            : Decision.Refuse("appointment-closed", $"This appointment is already {Words(appointment.State)}.");
    }

    private static string Words(AppointmentState state) =>
        state switch
        {
            AppointmentState.NotAttended => "recorded as not attended",
            AppointmentState.CancelledByClient => "cancelled by the client",
            AppointmentState.CancelledByHub => "cancelled by the Hub",
            _ => "recorded as attended",
        };
}

using Hubs.Web.Features.Journeys.Events;

namespace Hubs.Web.Features.Journeys;

/// <summary>
/// How appointment events change a list of appointments, written once: the write-side journey and the booked
/// appointments read model (<c>ReadModels/JourneyAppointments</c>) fold the same events the same way.
/// </summary>
public static class AppointmentFold
{
    public static IReadOnlyList<Appointment> Booked(this IReadOnlyList<Appointment> list, AppointmentBooked e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var booked = new Appointment(
            e.AppointmentId,
            e.Purpose,
            e.StartsAt,
            e.DurationMinutes,
            e.Mode,
            e.OutOfHours,
            e.ClinicianId,
            AppointmentState.Booked
        );
        return [.. list, booked];
    }

    public static IReadOnlyList<Appointment> Rescheduled(
        this IReadOnlyList<Appointment> list,
        AppointmentRescheduled e
    ) =>
        list.Change(e.AppointmentId, a =>
            a with
            {
                StartsAt = e.StartsAt,
                Mode = e.Mode,
                OutOfHours = e.OutOfHours,
                ChangeRequested = null,
            }
        );

    public static IReadOnlyList<Appointment> Cancelled(this IReadOnlyList<Appointment> list, AppointmentCancelled e) =>
        list.Change(e.AppointmentId, a =>
            a with
            {
                State =
                    e.By == CancelledBy.Client ? AppointmentState.CancelledByClient : AppointmentState.CancelledByHub,
            }
        );

    public static IReadOnlyList<Appointment> ChangeRequested(
        this IReadOnlyList<Appointment> list,
        AppointmentChangeRequested e
    ) => list.Change(e.AppointmentId, a => a with { ChangeRequested = e.Kind });

    public static IReadOnlyList<Appointment> Attended(this IReadOnlyList<Appointment> list, AppointmentAttended e) =>
        list.Change(e.AppointmentId, a => a with { State = AppointmentState.Attended });

    public static IReadOnlyList<Appointment> NotAttended(
        this IReadOnlyList<Appointment> list,
        AppointmentNotAttended e
    ) => list.Change(e.AppointmentId, a => a with { State = AppointmentState.NotAttended });

    public static IReadOnlyList<Appointment> SessionRecorded(
        this IReadOnlyList<Appointment> list,
        TreatmentSessionRecorded e
    ) => list.Change(e.AppointmentId, a => a with { SessionRecorded = true });

    private static List<Appointment> Change(
        this IReadOnlyList<Appointment> list,
        Guid appointmentId,
        Func<Appointment, Appointment> change
    ) => list.Select(a => a.Id == appointmentId ? change(a) : a).ToList();
}

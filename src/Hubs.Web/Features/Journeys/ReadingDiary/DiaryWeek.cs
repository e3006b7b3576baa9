using Hubs.Web.Features.Clinicians;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.ReadModels;

namespace Hubs.Web.Features.Journeys.ReadingDiary;

/// <summary>
/// One entry in a clinician's diary: a booked appointment (with its journey) or a free out-of-hours slot.
/// </summary>
public sealed record DiaryEntry(
    DateTime LocalStart,
    int Minutes,
    bool OutOfHours,
    Guid? JourneyId,
    Appointment? Appointment
);

/// <summary>
/// A clinician's week: their appointments (not cancelled) and the out-of-hours slots they offer that
/// nothing is booked in. Times are the Hub's local time.
/// </summary>
public static class DiaryWeek
{
    public static IReadOnlyList<DiaryEntry> Build(
        ClinicianProfile? clinician,
        IEnumerable<DiaryAppointment> appointments,
        DateOnly monday,
        Func<DateTimeOffset, DateTime> local
    )
    {
        ArgumentNullException.ThrowIfNull(appointments);
        ArgumentNullException.ThrowIfNull(local);
        var start = monday.ToDateTime(TimeOnly.MinValue);
        var end = start.AddDays(7);
        var booked = appointments
            .Where(a =>
                a.Appointment.State is not (AppointmentState.CancelledByClient or AppointmentState.CancelledByHub)
            )
            .Select(a => new DiaryEntry(
                local(a.Appointment.StartsAt),
                a.Appointment.DurationMinutes,
                a.Appointment.OutOfHours,
                a.JourneyId,
                a.Appointment
            ))
            .Where(e => e.LocalStart >= start && e.LocalStart < end)
            .ToList();
        var free = Enumerable
            .Range(0, 7)
            .Select(d => start.AddDays(d))
            .SelectMany(day =>
                (clinician?.OutOfHoursSlots ?? [])
                    .Where(s => s.Day == day.DayOfWeek)
                    .Select(s => new DiaryEntry(day.AddHours(s.Hour), s.Minutes, true, null, null))
            )
            .Where(slot =>
                !booked.Any(b =>
                    b.LocalStart < slot.LocalStart.AddMinutes(slot.Minutes)
                    && slot.LocalStart < b.LocalStart.AddMinutes(b.Minutes)
                )
            );
        return [.. booked.Concat(free).OrderBy(e => e.LocalStart)];
    }

    public static DateOnly MondayOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}

using Hubs.Web.Features.Clinicians;
using Hubs.Web.Features.Hubs;
using Hubs.Web.Features.Hubs.ChangingSettings;
using Hubs.Web.Features.Journeys.ReadModels;

namespace Hubs.Web.Features.Journeys.ReadingDiary;

/// <summary>
/// One entry in a clinician's diary: a booked appointment (with its journey), a workshop's coaching call (with its
/// workshop), time booked in another Hub (<paramref name="Elsewhere"/>: start and length only) or a free slot.
/// </summary>
public sealed record DiaryEntry(
    DateTime LocalStart,
    int Minutes,
    bool OutOfHours,
    Guid? JourneyId,
    Appointment? Appointment,
    Guid? WorkshopId = null,
    bool Elsewhere = false
);

/// <summary>
/// A clinician's week: their appointments (not cancelled, each its own length) and the free slots nothing is
/// booked in: their out-of-hours slots and their working pattern cut into slots of the Hub's length. Times are the
/// Hub's local time; a slot is out of hours by the Hub's opening hours (default Monday to Friday, 09:00 to 17:00).
/// </summary>
public static class DiaryWeek
{
    public static IReadOnlyList<DiaryEntry> Build(
        ClinicianProfile? clinician,
        IEnumerable<DiaryAppointment> appointments,
        DateOnly monday,
        Func<DateTimeOffset, DateTime> local,
        int slotMinutes = HubSettings.DefaultSlotMinutes,
        OpeningHours? hours = null
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
                a.WorkshopId is null ? a.JourneyId : null,
                a.Appointment,
                a.WorkshopId
            ))
            .Where(e => e.LocalStart >= start && e.LocalStart < end)
            .ToList();
        var free = Enumerable
            .Range(0, 7)
            .Select(d => start.AddDays(d))
            .SelectMany(day =>
                (clinician?.OutOfHoursSlots ?? [])
                    .Where(s => s.Day == day.DayOfWeek)
                    .Select(s => new DiaryEntry(day.AddHours(s.Hour), slotMinutes, true, null, null))
                    .Concat(
                        PatternSlots(clinician?.WorkingPattern ?? [], day, slotMinutes)
                            .Select(at => new DiaryEntry(
                                at,
                                slotMinutes,
                                OutOfHours(at, slotMinutes, hours),
                                null,
                                null
                            ))
                    )
            )
            .DistinctBy(slot => slot.LocalStart)
            .Where(slot =>
                !booked.Any(b =>
                    b.LocalStart < slot.LocalStart.AddMinutes(slot.Minutes)
                    && slot.LocalStart < b.LocalStart.AddMinutes(b.Minutes)
                )
            );
        return [.. booked.Concat(free).OrderBy(e => e.LocalStart)];
    }

    /// <summary>The starts of back-to-back slots of the Hub's length that fit in the day's working sessions.</summary>
    private static IEnumerable<DateTime> PatternSlots(IEnumerable<WorkingSession> pattern, DateTime day, int minutes) =>
        pattern
            .Where(s => s.Day == day.DayOfWeek)
            .SelectMany(s =>
                Enumerable
                    .Range(0, Math.Max(0, (int)(s.To - s.From).TotalMinutes / minutes))
                    .Select(i => day.Add(s.From.ToTimeSpan()).AddMinutes(i * minutes))
            );

    private static bool OutOfHours(DateTime start, int minutes, OpeningHours? hours)
    {
        var end = start.AddMinutes(minutes);
        var opens = hours?.Opens ?? OpeningHours.DefaultOpens;
        var closes = hours?.Closes ?? OpeningHours.DefaultCloses;
        return start.Date != end.Date
            || !(hours?.Days ?? OpeningHours.Weekdays).Contains(start.DayOfWeek)
            || TimeOnly.FromDateTime(start) < opens
            || TimeOnly.FromDateTime(end) > closes;
    }

    public static DateOnly MondayOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));
}

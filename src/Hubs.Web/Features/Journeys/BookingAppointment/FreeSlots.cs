using Hubs.Web.Features.Clinicians;
using Hubs.Web.Features.Hubs;
using Hubs.Web.Features.Hubs.ChangingSettings;
using Hubs.Web.Features.Journeys.ReadingDiary;
using Hubs.Web.Features.Journeys.ReadModels;
using Hubs.Web.Features.Shared;
using Marten;

namespace Hubs.Web.Features.Journeys.BookingAppointment;

/// <summary>One free slot offered for booking, with whose diary it is in.</summary>
public sealed record FreeSlot(Guid ClinicianId, string ClinicianName, DiaryEntry Entry);

/// <summary>
/// Free out-of-hours slots this week and next, from now on: the chosen clinician's, and every other clinician's
/// of the Hub (so a booker can see the Hub's free time, not only their own; a clinician of two Hubs is busy in
/// both), each of the Hub's slot length
/// (<see cref="SlotMinutes"/>, the booking form's default length).
/// </summary>
public sealed record FreeSlots(IReadOnlyList<FreeSlot> Clinicians, IReadOnlyList<FreeSlot> Hub, int SlotMinutes)
{
    public static readonly FreeSlots None = new([], [], 0);

    public static async Task<FreeSlots> ReadAsync(
        IQuerySession session,
        string hubId,
        IReadOnlyList<ClinicianProfile> clinicians,
        string? chosen,
        ClinicClock times,
        CancellationToken cancellationToken,
        OpeningHours? hours = null
    )
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(clinicians);
        ArgumentNullException.ThrowIfNull(times);
        var appointments = await BookedAppointments.OfHubAsync(session, hubId, cancellationToken);
        var minutes = (await HubSettingsStore.LoadAsync(session, hubId, cancellationToken)).SlotMinutes;
        var now = times.Local(times.Now);
        var monday = DiaryWeek.MondayOf(DateOnly.FromDateTime(now));
        var working = clinicians.Where(c => c.WorksIn(hubId)).ToList();
        var elsewhere = new Dictionary<Guid, IReadOnlyList<DiaryAppointment>>();
        foreach (var shared in working.Where(c => c.HubIds.Count > 1))
        {
            elsewhere[shared.Id] = await BookedAppointments.OfClinicianInEveryHubAsync(
                session,
                shared.Id,
                cancellationToken
            );
        }

        var all = working
            .SelectMany(c =>
            {
                var booked = elsewhere.TryGetValue(c.Id, out var everyHub)
                    ? everyHub
                    : appointments.Where(a => a.Appointment.ClinicianId == c.Id).ToList();
                return DiaryWeek
                    .Build(c, booked, monday, times.Local, minutes, hours)
                    .Concat(DiaryWeek.Build(c, booked, monday.AddDays(7), times.Local, minutes, hours))
                    .Where(e => e.Appointment is null && e.LocalStart > now)
                    .Select(e => new FreeSlot(c.Id, c.Name, e));
            })
            .OrderBy(s => s.Entry.LocalStart)
            .ToList();
        return new FreeSlots(
            [.. all.Where(s => s.ClinicianId.ToString() == chosen)],
            [.. all.Where(s => s.ClinicianId.ToString() != chosen)],
            minutes
        );
    }
}

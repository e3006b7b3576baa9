using System.Globalization;
using Hubs.Web.Features.Clinicians;
using Hubs.Web.Features.Journeys.BookingAppointment;
using Hubs.Web.Features.Shared;
using Marten;

namespace Hubs.Web.Features.Workshops.BookingCoachingCall;

/// <summary>
/// The times offered for coaching calls: the free slots of the Hub's clinicians' diaries this week and next (the
/// facilitator's first), exactly as appointment booking finds them: both read the booked appointments and coaching
/// calls through one query, so a call's time is never offered twice.
/// </summary>
public static class CoachingSlots
{
    public const int Offered = 12;

    public static async Task<IReadOnlyList<FreeCoachingSlot>> ReadAsync(
        IQuerySession session,
        Workshop workshop,
        ClinicClock times,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(workshop);
        ArgumentNullException.ThrowIfNull(times);
        var clinicians = await ClinicianDirectory.ListAsync(session, workshop.HubId, cancellationToken);
        var free = await FreeSlots.ReadAsync(
            session,
            workshop.HubId,
            clinicians,
            workshop.FacilitatorId.ToString(),
            times,
            cancellationToken
        );
        return
        [
            .. free
                .Clinicians.Concat(free.Hub)
                .Select(s => new FreeCoachingSlot(
                    s.ClinicianId,
                    s.ClinicianName,
                    times
                        .FromLocal(
                            s.Entry.LocalStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                            s.Entry.LocalStart.ToString("HH:mm", CultureInfo.InvariantCulture)
                        )!
                        .Value,
                    s.Entry.Minutes
                ))
                .Where(s => s.StartsAt > workshop.EndsAt)
                .Take(Offered),
        ];
    }
}

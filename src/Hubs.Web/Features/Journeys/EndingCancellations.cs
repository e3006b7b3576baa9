using Hubs.Web.Features.Journeys.Events;

namespace Hubs.Web.Features.Journeys;

/// <summary>
/// What ends with a journey (discharge or withdrawal): every appointment still booked to start after now is
/// cancelled in the same append, so nothing stays in the diary and no reminder is left queued for it.
/// </summary>
public static class EndingCancellations
{
    public static Decision With(Journey journey, object ending, CancelledBy by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(journey);
        var cancelled = journey
            .Appointments.Where(a => a.State == AppointmentState.Booked && a.StartsAt > now)
            .Select(a => (object)new AppointmentCancelled(journey.Id, a.Id, now, by, null, AtJourneyEnd: true));
        return Decision.Accept([.. cancelled, ending]);
    }
}

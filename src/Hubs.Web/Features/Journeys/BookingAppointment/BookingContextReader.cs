using Hubs.Web.Features.Journeys.ChangingContactPreferences;
using Marten;

namespace Hubs.Web.Features.Journeys.BookingAppointment;

/// <summary>
/// Reads what <see cref="BookingRules"/> needs before a booking is decided: the still-booked appointments of the
/// clinician and of the keyworker in the caller's Hub, and the keyworker's contact preferences (folded from the
/// stream). A journey outside the caller's Hub gets nothing, and the write refuses it as before.
/// </summary>
public static class BookingContextReader
{
    public static async Task<BookingContext> ReadAsync(
        IQuerySession session, Guid journeyId, string hubId, Guid? clinicianId, Guid bookedBy, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var journey = await session.LoadAsync<Journey>(journeyId, cancellationToken);
        if (journey is null || journey.HubId != hubId)
        {
            return BookingContext.None;
        }

        var clinician = clinicianId ?? journey.ClinicianId ?? bookedBy;
        var keyworker = journey.KeyworkerId;
        var theirs = await session.Query<Journey>()
            .Where(j => j.HubId == hubId && j.Appointments.Any(a => a.ClinicianId == clinician))
            .ToListAsync(cancellationToken);
        var own = await session.Query<Journey>().Where(j => j.HubId == hubId && j.KeyworkerId == keyworker).ToListAsync(cancellationToken);
        var busy = theirs.Concat(own).DistinctBy(j => j.Id)
            .SelectMany(j => j.Appointments.Where(a => a.State == AppointmentState.Booked)
                .Select(a => new BusySlot(a.Id, j.KeyworkerId, a.ClinicianId, a.StartsAt, a.DurationMinutes)))
            .ToList();
        var card = await session.Events.AggregateStreamAsync<ContactCard>(journeyId, token: cancellationToken);
        // Only what the keyworker stated is contradicted; the cautious default for someone who said nothing is not
        // theirs.
        return new BookingContext(busy, card?.Stated, zone);
    }

    /// <summary>
    /// The same for moving one of the journey's appointments: checked against its own clinician's diary.
    /// </summary>
    public static async Task<BookingContext> ReadForMoveAsync(
        IQuerySession session, Guid journeyId, Guid appointmentId, string hubId, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var journey = await session.LoadAsync<Journey>(journeyId, cancellationToken);
        return journey?.FindAppointment(appointmentId)?.ClinicianId is { } clinician
            ? await ReadAsync(session, journeyId, hubId, clinician, clinician, zone, cancellationToken)
            : BookingContext.None;
    }
}

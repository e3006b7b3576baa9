using Hubs.Web.Features.Journeys.ChangingContactPreferences;
using Hubs.Web.Features.Journeys.ReadModels;
using Marten;

namespace Hubs.Web.Features.Journeys.BookingAppointment;

/// <summary>
/// Reads what <see cref="BookingRules"/> needs before a booking is decided, from the read models the diary reads
/// (<see cref="JourneyAppointments"/>, never the write-side journey): the still-booked appointments of the
/// clinician (in every Hub they work for: one person, one diary) and of the keyworker in the caller's Hub
/// (<see cref="BookedAppointments"/>), and the keyworker's contact preferences (folded from the stream). A journey
/// outside the caller's Hub gets nothing, and the write refuses it as before.
/// </summary>
public static class BookingContextReader
{
    public static async Task<BookingContext> ReadAsync(
        IQuerySession session,
        Guid journeyId,
        string hubId,
        Guid? clinicianId,
        Guid bookedBy,
        TimeZoneInfo zone,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(session);
        var journey = await session.LoadAsync<JourneyAppointments>(journeyId, cancellationToken);
        if (journey is null || journey.HubId != hubId)
        {
            return BookingContext.None;
        }

        // As the decision does: the named clinician, else the allocated one, else whoever books.
        var clinician = clinicianId
            ?? (await session.LoadAsync<CaseloadEntry>(journeyId, cancellationToken))?.ClinicianId
            ?? bookedBy;
        var keyworker = journey.KeyworkerId;
        var theirs = await BookedAppointments.OfClinicianInEveryHubAsync(session, clinician, cancellationToken);
        var own = await BookedAppointments.OfKeyworkerAsync(session, hubId, keyworker, cancellationToken);
        var busy = theirs
            .Concat(own)
            .DistinctBy(d => d.Appointment.Id)
            .Where(d => d.Appointment.State == AppointmentState.Booked)
            .Select(d => new BusySlot(
                d.Appointment.Id,
                d.KeyworkerId,
                d.Appointment.ClinicianId,
                d.Appointment.StartsAt,
                d.Appointment.DurationMinutes
            ))
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
        IQuerySession session,
        Guid journeyId,
        Guid appointmentId,
        string hubId,
        TimeZoneInfo zone,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(session);
        var journey = await session.LoadAsync<JourneyAppointments>(journeyId, cancellationToken);
        return journey?.Find(appointmentId)?.ClinicianId is { } clinician
            ? await ReadAsync(session, journeyId, hubId, clinician, clinician, zone, cancellationToken)
            : BookingContext.None;
    }
}

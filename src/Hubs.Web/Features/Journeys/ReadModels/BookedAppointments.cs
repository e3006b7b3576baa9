using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Kernel;
using Marten;
using Marten.Linq.MatchesSql;

namespace Hubs.Web.Features.Journeys.ReadModels;

/// <summary>
/// An appointment in the Hub's diary with the journey it belongs to and whose journey that is; or a workshop's
/// follow-up coaching call (<paramref name="WorkshopId"/>, no journey: <see cref="Guid.Empty"/>), by phone.
/// </summary>
public sealed record DiaryAppointment(
    Guid JourneyId,
    Guid KeyworkerId,
    Appointment Appointment,
    Guid? WorkshopId = null
);

/// <summary>
/// The queries on <see cref="JourneyAppointments"/> and the workshops' coaching calls (<see cref="WorkshopCalls"/>)
/// that the diary, the free slots and the booking rules share, so all three see the same booked time: by Hub and
/// clinician, by Hub and keyworker (appointments only), or the whole Hub.
/// </summary>
public static class BookedAppointments
{
    /// <summary>The journey's clinicians' column holds the one asked for (its GIN index answers).</summary>
    private const string WithClinician = "d.clinicians @> ?";

    public static async Task<IReadOnlyList<DiaryAppointment>> OfClinicianAsync(
        IQuerySession session,
        string hubId,
        Guid clinicianId,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(session);
        var journeys = await session
            .Query<JourneyAppointments>()
            .Where(j => j.HubId == hubId && j.MatchesSql(WithClinician, new[] { clinicianId }))
            .ToListAsync(cancellationToken);
        var calls = await session
            .Query<WorkshopCalls>()
            .Where(w => w.HubId == hubId && w.Calls.Any(c => c.ClinicianId == clinicianId))
            .ToListAsync(cancellationToken);
        return [.. Flatten(journeys).Concat(Flatten(calls)).Where(a => a.Appointment.ClinicianId == clinicianId)];
    }

    /// <summary>
    /// The clinician's booked time in every Hub they work for: a clinician of two Hubs has one diary, so each Hub's
    /// free slots and clash checks see it. Only the rules read it; no Hub's page shows another Hub's appointment.
    /// </summary>
    public static async Task<IReadOnlyList<DiaryAppointment>> OfClinicianInEveryHubAsync(
        IQuerySession session,
        Guid clinicianId,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(session);
        var journeys = await session
            .Query<JourneyAppointments>()
            .Where(j => j.MatchesSql(WithClinician, new[] { clinicianId }))
            .ToListAsync(cancellationToken);
        var calls = await session
            .Query<WorkshopCalls>()
            .Where(w => w.Calls.Any(c => c.ClinicianId == clinicianId))
            .ToListAsync(cancellationToken);
        return [.. Flatten(journeys).Concat(Flatten(calls)).Where(a => a.Appointment.ClinicianId == clinicianId)];
    }

    public static async Task<IReadOnlyList<DiaryAppointment>> OfKeyworkerAsync(
        IQuerySession session,
        string hubId,
        Guid keyworkerId,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(session);
        var journeys = await session
            .Query<JourneyAppointments>()
            .Where(j => j.HubId == hubId && j.KeyworkerId == keyworkerId)
            .ToListAsync(cancellationToken);
        return [.. Flatten(journeys)];
    }

    public static async Task<IReadOnlyList<DiaryAppointment>> OfHubAsync(
        IQuerySession session,
        string hubId,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(session);
        var journeys = await session
            .Query<JourneyAppointments>()
            .Where(j => j.HubId == hubId && j.Appointments.Any())
            .ToListAsync(cancellationToken);
        var calls = await session
            .Query<WorkshopCalls>()
            .Where(w => w.HubId == hubId && w.Calls.Any())
            .ToListAsync(cancellationToken);
        return [.. Flatten(journeys).Concat(Flatten(calls))];
    }

    private static IEnumerable<DiaryAppointment> Flatten(IEnumerable<JourneyAppointments> journeys) =>
        journeys.SelectMany(j => j.Appointments.Select(a => new DiaryAppointment(j.Id, j.KeyworkerId, a)));

    private static IEnumerable<DiaryAppointment> Flatten(IEnumerable<WorkshopCalls> workshops) =>
        workshops.SelectMany(w =>
            w.Calls.Select(c => new DiaryAppointment(
                Guid.Empty,
                Guid.Empty,
                new Appointment(
                    c.Id,
                    AppointmentPurpose.Treatment,
                    c.StartsAt,
                    c.DurationMinutes,
                    ContactMode.Phone,
                    false,
                    c.ClinicianId,
                    c.Held ? AppointmentState.Attended : AppointmentState.Booked
                ),
                w.Id
            ))
        );
}

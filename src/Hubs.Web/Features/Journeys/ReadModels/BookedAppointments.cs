using Marten;

namespace Hubs.Web.Features.Journeys.ReadModels;

/// <summary>An appointment in the Hub's diary with the journey it belongs to and whose journey that is.</summary>
public sealed record DiaryAppointment(Guid JourneyId, Guid KeyworkerId, Appointment Appointment);

/// <summary>
/// The queries on <see cref="JourneyAppointments"/> that the diary, the free slots and the booking rules share, so
/// all three see the same appointments: by Hub and clinician, by Hub and keyworker, or the whole Hub.
/// </summary>
public static class BookedAppointments
{
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
            .Where(j => j.HubId == hubId && j.Appointments.Any(a => a.ClinicianId == clinicianId))
            .ToListAsync(cancellationToken);
        return [.. Flatten(journeys).Where(a => a.Appointment.ClinicianId == clinicianId)];
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
        return [.. Flatten(journeys)];
    }

    private static IEnumerable<DiaryAppointment> Flatten(IEnumerable<JourneyAppointments> journeys) =>
        journeys.SelectMany(j => j.Appointments.Select(a => new DiaryAppointment(j.Id, j.KeyworkerId, a)));
}

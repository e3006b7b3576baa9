using Hubs.Web.Features.Clinicians;
using Hubs.Web.Features.Journeys.ReadModels;
using Marten;

namespace Hubs.Web.Features.Journeys.ReadingDiary;

/// <summary>
/// The time a clinician of several Hubs is booked in the others. A Hub's diary shows it as booked in another Hub,
/// by its start and length only, so nobody plans on it; nothing of the other Hub's appointment (whose, what, how)
/// reaches the page. Read only for a clinician who works for this Hub: a Hub learns nothing of anyone else's time.
/// </summary>
public static class OtherHubsTime
{
    public static async Task<IReadOnlyList<DiaryAppointment>> OfAsync(
        IQuerySession session,
        string hubId,
        ClinicianProfile? clinician,
        IReadOnlyList<DiaryAppointment> here,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(here);
        if (clinician is null || !clinician.WorksIn(hubId) || clinician.HubIds.Count < 2)
        {
            return [];
        }

        var ours = here.Select(a => a.Appointment.Id).ToHashSet();
        var everyHub = await BookedAppointments.OfClinicianInEveryHubAsync(session, clinician.Id, cancellationToken);
        return [.. everyHub.Where(a => !ours.Contains(a.Appointment.Id))];
    }

    /// <summary>The diary's entries with every other Hub's appointment reduced to "booked in another Hub".</summary>
    public static IReadOnlyList<DiaryEntry> Masked(
        IEnumerable<DiaryEntry> entries,
        IReadOnlyList<DiaryAppointment> elsewhere
    )
    {
        ArgumentNullException.ThrowIfNull(elsewhere);
        var theirs = elsewhere.Select(a => a.Appointment.Id).ToHashSet();
        return
        [
            .. entries.Select(e =>
                e.Appointment is { } a && theirs.Contains(a.Id)
                    ? new DiaryEntry(e.LocalStart, e.Minutes, e.OutOfHours, null, null, Elsewhere: true)
                    : e
            ),
        ];
    }
}

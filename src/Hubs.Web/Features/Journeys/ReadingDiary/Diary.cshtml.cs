using Hubs.Web.Features.Clinicians;
using Hubs.Web.Features.Hubs;
using Hubs.Web.Features.Hubs.ChangingSettings;
using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.Journeys.ReadModels;
using Hubs.Web.Features.Shared;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Web.Features.Journeys.ReadingDiary;

/// <summary>
/// Appointments diary per clinician, one week at a time, with free slots and, for a clinician of several Hubs, the
/// time booked in the others shown.
/// </summary>
public sealed class DiaryModel(IDocumentSession session, ClinicClock clock, HubDirectory hubs)
    : ClinicPage(session, clock)
{
    [BindProperty(SupportsGet = true)]
    public Guid? Clinician { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? Week { get; set; }

    public DateOnly Monday { get; private set; }

    public ClinicianProfile? Profile { get; private set; }

    public IReadOnlyList<Choice> Clinicians { get; private set; } = [];

    public IReadOnlyList<DiaryEntry> Entries { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var directory = await ClinicianDirectory.ListAsync(Session, Me.HubId, cancellationToken);
        Clinicians = directory.Select(c => new Choice(c.Id.ToString(), c.Name)).ToList();
        var clinicianId = Clinician ?? Me.Id;
        Clinician = clinicianId;
        Profile = directory.FirstOrDefault(c => c.Id == clinicianId);
        Monday = DiaryWeek.MondayOf(Week ?? DateOnly.FromDateTime(Times.Local(Times.Now)));
        var here = await BookedAppointments.OfClinicianAsync(Session, Me.HubId, clinicianId, cancellationToken);
        var elsewhere = await OtherHubsTime.OfAsync(Session, Me.HubId, Profile, here, cancellationToken);
        var minutes = (await HubSettingsStore.LoadAsync(Session, Me.HubId, cancellationToken)).SlotMinutes;
        Entries = OtherHubsTime.Masked(
            DiaryWeek.Build(Profile, [.. here, .. elsewhere], Monday, Times.Local, minutes, hubs.HoursOf(Me.HubId)),
            elsewhere
        );
        await ShowNamesAsync(
            Entries.Where(e => e.JourneyId is not null).Select(e => e.JourneyId!.Value),
            cancellationToken
        );
    }
}

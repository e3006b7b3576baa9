using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Journeys.ManagingRisk;
using Hubs.Web.Features.Journeys.ReadModels;
using Hubs.Web.Features.Journeys.RequestingAppointmentChange;
using Hubs.Web.Features.Shared;
using Marten;

namespace Hubs.Web.Features.Journeys.ReadingCaseload;

/// <summary>My caseload: the API's caseload read, with each case's next appointment, last contact and risk.</summary>
public sealed class CaseloadModel(IDocumentSession session, ClinicClock clock) : ClinicPage(session, clock)
{
    public IReadOnlyList<CaseloadEntry> Entries { get; private set; } = [];

    public IReadOnlyDictionary<Guid, JourneySummary> Journeys { get; private set; } =
        new Dictionary<Guid, JourneySummary>();

    /// <summary>The latest risk event of each case at risk: its source and date show beside the risk tag.</summary>
    public IReadOnlyDictionary<Guid, RiskSignal> LatestRisk { get; private set; } = new Dictionary<Guid, RiskSignal>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Entries = await Caseload.ListAsync(Session, Me.HubId, Me.Id, cancellationToken);
        Journeys = (
            await Session.LoadManyAsync<JourneySummary>(cancellationToken, Entries.Select(e => e.Id))
        ).ToDictionary(j => j.Id);
        LatestRisk = await LatestRiskSignals.ReadAsync(
            Session,
            Journeys.Values.Where(j => j.Risk > Features.Questionnaires.RiskLevel.None).Select(j => j.Id),
            cancellationToken
        );

        await ShowNamesAsync(Entries.Select(e => e.Id), cancellationToken);
    }

    public DateTimeOffset? NextAppointment(Guid id) =>
        Journeys
            .GetValueOrDefault(id)
            ?.Appointments.Where(a => a.State == AppointmentState.Booked && a.StartsAt >= Times.Now)
            .Min(a => (DateTimeOffset?)a.StartsAt);

    public AppointmentChangeKind? ChangeRequested(Guid id) => Journeys.GetValueOrDefault(id)?.OpenChangeRequest;

    public DateTimeOffset? LastContact(Guid id) =>
        Journeys.GetValueOrDefault(id) is { } journey ? Contact.Last(journey) : null;
}

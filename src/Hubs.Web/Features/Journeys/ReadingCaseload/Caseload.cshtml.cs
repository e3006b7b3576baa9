using System.Globalization;
using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Journeys.ManagingRisk;
using Hubs.Web.Features.Journeys.OverseeingHub;
using Hubs.Web.Features.Journeys.ReadModels;
using Hubs.Web.Features.Journeys.RequestingAppointmentChange;
using Hubs.Web.Features.Shared;
using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Hubs.Web.Features.Journeys.ReadingCaseload;

/// <summary>
/// My caseload: every case at urgent risk on every page, the others a page at a time (CaseloadCases.cs), with each
/// case's next appointment, last contact and risk; names and risk events are read for the rows shown only.
/// </summary>
public sealed class CaseloadModel(IDocumentSession session, ClinicClock clock, IOptions<ClinicOptions> options)
    : ClinicPage(session, clock)
{
    /// <summary>The page of the others as asked ("page" would bind to the Razor page's own route).</summary>
    [BindProperty(SupportsGet = true)]
    public string? CaseloadPage { get; set; }

    /// <summary>The page asked for is not a page of the caseload (not a number, past the last).</summary>
    public bool NoSuchPage { get; private set; }

    public UrgentFirstPage<CaseloadCase> Cases { get; private set; } = new([], [], 0, 1, 1);

    public IReadOnlyDictionary<Guid, JourneySummary> Journeys { get; private set; } =
        new Dictionary<Guid, JourneySummary>();

    /// <summary>The latest risk event of each case at risk: its source and date show beside the risk tag.</summary>
    public IReadOnlyDictionary<Guid, RiskSignal> LatestRisk { get; private set; } = new Dictionary<Guid, RiskSignal>();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var (urgent, others) = await CaseloadCases.ReadAsync(Session, Me.HubId, Me.Id, cancellationToken);
        var size = options.Value.CaseloadPageSize;
        Cases = UrgentFirstPage.Of(urgent, others, 1, size);
        if (CaseloadPage is not null)
        {
            var asked = int.TryParse(CaseloadPage, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
            NoSuchPage = asked < 1 || asked > Cases.Pages;
            Cases = NoSuchPage ? Cases : UrgentFirstPage.Of(urgent, others, asked, size);
        }

        var shown = Cases.Shown.ToList();
        Journeys = shown.Where(c => c.Journey is not null).ToDictionary(c => c.Entry.Id, c => c.Journey!);
        LatestRisk = await LatestRiskSignals.ReadAsync(
            Session,
            shown.Where(c => c.Risk > Questionnaires.RiskLevel.None).Select(c => c.Entry.Id),
            cancellationToken
        );
        await ShowNamesAsync(shown.Select(c => c.Entry.Id), cancellationToken);
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

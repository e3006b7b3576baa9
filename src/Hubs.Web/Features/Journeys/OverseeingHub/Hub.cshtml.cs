using Hubs.ServiceDefaults.Auth;
using Hubs.Web.Features.Clinicians;
using Hubs.Web.Features.Hubs.ChangingSettings;
using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.Journeys.CheckingInWhileWaiting;
using Hubs.Web.Features.Journeys.ReadModels;
using Hubs.Web.Features.Shared;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Hubs.Web.Features.Journeys.OverseeingHub;

/// <summary>
/// Hub overview for the hub lead: the waiting list against the 6- and 18-week marks, cases without
/// contact for more than N days (the Hub's setting, changeable here), DNAs, every open case at risk and supervision.
/// The waiting list and the open cases at risk are paged (every urgent case on every page); names are unsealed for
/// the rows shown only.
/// </summary>
[Authorize(Policy = HubsPolicies.HubLead)]
public sealed class HubModel(IDocumentSession session, ClinicClock clock, IOptions<ClinicOptions> options)
    : ClinicPage(session, clock)
{
    [BindProperty(SupportsGet = true)]
    public int? Days { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? WaitingPage { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? RiskPage { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? NoContactPage { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? DnaPage { get; set; }

    public int NoContactDays { get; private set; }

    public WaitingListPage Waiting { get; private set; } = WaitingListPage.Empty;

    public CheckInMarks CheckIns { get; private set; } = CheckInMarks.None;

    /// <summary>Open cases longer than <see cref="NoContactDays"/> without contact, a page, longest first.</summary>
    public FlagPage NoContact { get; private set; } = FlagPage.Empty;

    /// <summary>Open cases with missed appointments, a page, most first.</summary>
    public FlagPage Missed { get; private set; } = FlagPage.Empty;

    /// <summary>Missed appointments across every open case (not only the page's).</summary>
    public int MissedTotal { get; private set; }

    public IReadOnlyList<CaseFlag> ChangeRequests { get; private set; } = [];

    public IReadOnlyList<SupervisionLine> Supervision { get; private set; } = [];

    public UrgentFirstPage<OpenRisk> Risks { get; private set; } = new([], [], 0, 1, 1);

    /// <summary>Of all open cases at risk, those longer than <see cref="NoContactDays"/> without contact.</summary>
    public int RisksWithoutContact { get; private set; }

    public HubWaits Waits { get; private set; } = null!;

    public IReadOnlyList<ClinicianProfile> Clinicians { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        NoContactDays = Days is >= 1 and <= 365
            ? Days.Value
            : (await HubSettingsStore.LoadAsync(Session, Me.HubId, cancellationToken)).NoContactDays
                ?? options.Value.NoContactDays;
        var now = Times.Now;
        var size = options.Value.PageSize;
        // On its own connection: the waits (every journey of the Hub) are counted while the session reads the rest.
        var waits = HubWaitCounts.ReadAsync(
            Session,
            Me.HubId,
            DateOnly.FromDateTime(Times.Local(now)),
            Times.ZoneId,
            cancellationToken
        );
        Waiting = await WaitingListPage.ReadAsync(
            Session,
            Me.HubId,
            now,
            (Number(WaitingPage), size),
            (HubFigures.SixWeeks, HubFigures.EighteenWeeks),
            cancellationToken
        );
        await ShowNamesAsync(Waiting.Rows.Select(w => w.JourneyId), cancellationToken);
        CheckIns = await CheckInMarks.ReadAsync(Session, Waiting.Rows.Select(w => w.JourneyId), cancellationToken);
        Clinicians = await ClinicianDirectory.ListAsync(Session, Me.HubId, cancellationToken);
        var open = await OpenJourneys.ReadAsync(Session, Me.HubId, cancellationToken);
        var flags = HubFigures.Flags(open, now);
        NoContact = FlagPage.Of(
            flags.Where(f => f.DaysSinceContact > NoContactDays),
            f => f.DaysSinceContact,
            (Number(NoContactPage), size)
        );
        var missed = flags.Where(f => f.DidNotAttend > 0).ToList();
        (Missed, MissedTotal) = (
            FlagPage.Of(missed, f => f.DidNotAttend, (Number(DnaPage), size)),
            missed.Sum(f => f.DidNotAttend)
        );
        ChangeRequests = flags.Where(f => f.ChangeRequested is not null).ToList();
        Supervision = HubFigures.Supervision(open, Clinicians, now, NoContactDays);
        (Risks, RisksWithoutContact) = await OpenRisks.PageAsync(
            Session,
            open,
            now,
            NoContactDays,
            (Number(RiskPage), size),
            cancellationToken
        );
        Waits = await waits;
    }

    /// <summary>A link to another page of one list, keeping the days chosen and the other lists' pages.</summary>
    public string PageLink(int? waiting = null, int? risk = null, int? noContact = null, int? dna = null) =>
        $"/clinic/hub?days={NoContactDays}&waitingPage={waiting ?? Waiting.Page}&riskPage={risk ?? Risks.Page}"
        + $"&noContactPage={noContact ?? NoContact.Page}&dnaPage={dna ?? Missed.Page}";

    private static int Number(int? page) => page is > 0 ? page.Value : 1;
}

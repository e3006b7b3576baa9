using FluentValidation;
using Hubs.ServiceDefaults.Auth;
using Hubs.Web.Features.Shared;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Web.Features.AdverseEvents.KeepingPeerRegister;

/// <summary>
/// One register entry for the lead: record a refresher, change availability, or archive — the validators and
/// decisions of <c>POST /api/peer-supporters/{id}/…</c>.
/// </summary>
[Authorize(Policy = HubsPolicies.HubLead)]
public sealed class PeerSupporterRecordModel(
    IDocumentSession session,
    ClinicClock clock,
    IValidator<RecordPeerSupporterRefresher> refreshers,
    IValidator<ChangePeerSupporterAvailability> availability
) : ClinicStreamPage<PeerSupporter>(session, clock)
{
    [BindProperty]
    public string? DoneOn { get; set; }

    [BindProperty]
    public string? NextDue { get; set; }

    [BindProperty]
    public string? Available { get; set; }

    public PeerSupporter Supporter { get; private set; } = null!;

    public DateOnly Today => AdverseEventStore.Today(Times);

    protected override string Noun => "register entry";

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => OpenAsync(cancellationToken);

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var command = new RecordPeerSupporterRefresher(AdverseEventWords.Day(DoneOn), AdverseEventWords.Day(NextDue));
        Validate(refreshers, command);
        return WriteAsync(
            p => KeepPeerRegisterDecisions.RecordRefresher(p, command, Today, Times.Now),
            "Refresher recorded.",
            cancellationToken
        );
    }

    public Task<IActionResult> OnPostAvailabilityAsync(CancellationToken cancellationToken)
    {
        var command = new ChangePeerSupporterAvailability(bool.TryParse(Available, out var a) ? a : null);
        Validate(availability, command);
        return WriteAsync(
            p => KeepPeerRegisterDecisions.ChangeAvailability(p, command, Times.Now),
            "Availability changed.",
            cancellationToken
        );
    }

    public Task<IActionResult> OnPostArchiveAsync(CancellationToken cancellationToken) =>
        WriteAsync(p => KeepPeerRegisterDecisions.Archive(p, Times.Now), "Archived.", cancellationToken);

    protected override bool Sees(PeerSupporter state) => state.HubId == Me.HubId;

    protected override Task<bool> ShowAsync(PeerSupporter state, CancellationToken cancellationToken)
    {
        Supporter = state;
        return Task.FromResult(true);
    }

    protected override void Opened(PeerSupporter state) => Available = state.Available ? "true" : "false";
}

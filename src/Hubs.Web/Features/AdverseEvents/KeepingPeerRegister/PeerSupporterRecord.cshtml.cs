using FluentValidation;
using Hubs.ServiceDefaults.Auth;
using Hubs.Web.Features.Journeys.Access;
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
) : ClinicPage(session, clock)
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public long Version { get; set; }

    [BindProperty]
    public string? DoneOn { get; set; }

    [BindProperty]
    public string? NextDue { get; set; }

    [BindProperty]
    public string? Available { get; set; }

    public PeerSupporter Supporter { get; private set; } = null!;

    public DateOnly Today => AdverseEventStore.Today(Times);

    public string? Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Done = TempData["Done"] as string;
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Version = Supporter.Version;
        Available = Supporter.Available ? "true" : "false";
        return Page();
    }

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

    private async Task<IActionResult> WriteAsync(
        Func<PeerSupporter, Decision> decide,
        string done,
        CancellationToken cancellationToken
    )
    {
        if (ModelState.IsValid)
        {
            var outcome = await StreamAppend.TryAsync(
                Session,
                Id,
                Version,
                (PeerSupporter p) => p.HubId == Me.HubId,
                decide,
                cancellationToken
            );
            if (Refused(outcome) is null)
            {
                TempData["Done"] = done;
                return RedirectToPage();
            }
        }

        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var supporter = await Session.LoadAsync<PeerSupporter>(Id, cancellationToken);
        if (supporter is null || supporter.HubId != Me.HubId)
        {
            return false;
        }

        Supporter = supporter;
        return true;
    }
}

using FluentValidation;
using Hubs.ServiceDefaults.Auth;
using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.Shared;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Web.Features.AdverseEvents.AssigningPeerSupporter;

/// <summary>
/// One adverse event for the lead: its response so far and the clock, and the assignment form offering only
/// available, in-date peer supporters — the validator and decision of <c>POST …/assignment</c>.
/// </summary>
[Authorize(Policy = HubsPolicies.HubLead)]
public sealed class AssignModel(IDocumentSession session, ClinicClock clock, IValidator<AssignPeerSupporter> validator)
    : ClinicPage(session, clock)
{
    [FromRoute]
    public Guid Id { get; set; }

    [BindProperty]
    public long Version { get; set; }

    [BindProperty]
    public string? PeerSupporterId { get; set; }

    public AdverseEventRow Event { get; private set; } = null!;

    public IReadOnlyList<Choice> Offered { get; private set; } = [];

    public string? Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Done = TempData["Done"] as string;
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Version = Event.Version;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var command = new AssignPeerSupporter(Guid.TryParse(PeerSupporterId, out var p) ? p : Guid.Empty);
        if (Validate(validator, command))
        {
            var supporter = await Session.LoadAsync<PeerSupporter>(command.PeerSupporterId, cancellationToken);
            var today = AdverseEventStore.Today(Times);
            var outcome = await StreamAppend.TryAsync(
                Session,
                Id,
                Version,
                (AdverseEvent e) => e.HubId == Me.HubId,
                e => AssignPeerSupporterDecision.Decide(e, supporter, today, Times.Now),
                cancellationToken
            );
            if (Refused(outcome) is null)
            {
                TempData["Done"] = "Peer supporter assigned.";
                return RedirectToPage();
            }
        }

        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var adverse = await Session.LoadAsync<AdverseEvent>(Id, cancellationToken);
        if (adverse is null || adverse.HubId != Me.HubId)
        {
            return false;
        }

        var register = await AdverseEventStore.RegisterAsync(Session, Me.HubId, cancellationToken);
        var today = AdverseEventStore.Today(Times);
        Event = AdverseEventRow.Of(adverse, register, Times.Now);
        Offered =
        [
            .. register
                .Where(s => s.CanBeAssigned(today) && s.Id != adverse.PeerSupporterId)
                .Select(s => new Choice(s.Id.ToString(), s.Name)),
        ];
        return true;
    }
}

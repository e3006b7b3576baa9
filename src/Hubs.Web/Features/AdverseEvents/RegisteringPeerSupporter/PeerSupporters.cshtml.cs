using FluentValidation;
using Hubs.ServiceDefaults.Auth;
using Hubs.Web.Features.Clinicians;
using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.Shared;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Web.Features.AdverseEvents.RegisteringPeerSupporter;

/// <summary>
/// The Hub's peer supporter register for the lead, and the form that adds someone to it — the validator and
/// stream start of <c>POST /api/peer-supporters</c>.
/// </summary>
[Authorize(Policy = HubsPolicies.HubLead)]
public sealed class PeerSupportersModel(
    IDocumentSession session,
    ClinicClock clock,
    IValidator<RegisterPeerSupporter> validator
) : ClinicPage(session, clock)
{
    [BindProperty]
    public string? AccountId { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? SupervisorId { get; set; }

    [BindProperty]
    public string? TrainedOn { get; set; }

    [BindProperty]
    public string? RefresherDue { get; set; }

    public IReadOnlyList<PeerSupporter> Register { get; private set; } = [];

    public IReadOnlyList<ClinicianProfile> Clinicians { get; private set; } = [];

    public DateOnly Today => AdverseEventStore.Today(Times);

    public string? Done { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Done = TempData["Done"] as string;
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var command = new RegisterPeerSupporter(
            Guid.TryParse(AccountId, out var account) ? account : Guid.Empty,
            Name ?? "",
            Guid.TryParse(SupervisorId, out var supervisor) ? supervisor : Guid.Empty,
            AdverseEventWords.Day(TrainedOn),
            AdverseEventWords.Day(RefresherDue)
        );
        if (Validate(validator, command))
        {
            var (_, refusal) = await RegisterEndpoints.StartAsync(Session, command, Me.HubId, Times, cancellationToken);
            if (refusal is null)
            {
                await Session.SaveChangesAsync(cancellationToken);
                TempData["Done"] = $"{command.Name.Trim()} added to the register.";
                return RedirectToPage();
            }

            ModelState.AddModelError(FormKey, refusal.Detail);
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public string SupervisorName(Guid id) => ClinicianDirectory.NameOf(Clinicians, id);

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Register = await AdverseEventStore.RegisterAsync(Session, Me.HubId, cancellationToken);
        Clinicians = await ClinicianDirectory.ListAsync(Session, Me.HubId, cancellationToken);
    }
}

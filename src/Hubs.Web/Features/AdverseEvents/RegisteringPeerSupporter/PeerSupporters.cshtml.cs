using FluentValidation;
using Hubs.Web.Features.Clinicians;
using Hubs.Web.Features.Shared;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Web.Features.AdverseEvents.RegisteringPeerSupporter;

/// <summary>
/// The Hub's peer supporter register for the lead, and the form that adds someone to it — the validator and
/// stream start of <c>POST /api/peer-supporters</c>.
/// </summary>
public sealed class PeerSupportersModel(
    IDocumentSession session,
    ClinicClock clock,
    IValidator<RegisterPeerSupporter> validator
) : LeadListPage(session, clock)
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

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var command = new RegisterPeerSupporter(
            Guid.TryParse(AccountId, out var account) ? account : Guid.Empty,
            Name ?? "",
            Guid.TryParse(SupervisorId, out var supervisor) ? supervisor : Guid.Empty,
            AdverseEventWords.Day(TrainedOn),
            AdverseEventWords.Day(RefresherDue)
        );
        if (
            Validate(validator, command)
            && await StartedStream.SavedAsync(
                Session,
                await RegisterEndpoints.StartAsync(Session, command, Me.HubId, Times, cancellationToken),
                ModelState,
                FormKey,
                cancellationToken
            )
        )
        {
            TempData["Done"] = $"{command.Name.Trim()} added to the register.";
            return RedirectToPage();
        }

        return await ShowAgainAsync(cancellationToken);
    }

    public string SupervisorName(Guid id) => ClinicianDirectory.NameOf(Clinicians, id);

    protected override async Task LoadAsync(CancellationToken cancellationToken)
    {
        Register = await AdverseEventStore.RegisterAsync(Session, Me.HubId, cancellationToken);
        Clinicians = await ClinicianDirectory.ListAsync(Session, Me.HubId, cancellationToken);
    }
}

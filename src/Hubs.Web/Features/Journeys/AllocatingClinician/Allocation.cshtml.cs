using FluentValidation;
using Hubs.ServiceDefaults.Auth;
using Hubs.Web.Features.Clinicians;
using Hubs.Web.Features.Journeys.Access;
using Hubs.Web.Features.Journeys.ReadModels;
using Hubs.Web.Features.Shared;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Web.Features.Journeys.AllocatingClinician;

/// <summary>
/// The hub lead allocates: clinicians suggested by the keyworker's stated wishes (with the reasons), the
/// lead chooses. The same validator and decision as <c>POST /api/journeys/{id}/allocation</c>.
/// </summary>
[Authorize(Policy = HubsPolicies.HubLead)]
public sealed class AllocationModel(
    IDocumentSession session,
    ClinicClock clock,
    IValidator<AllocateClinician> validator
) : JourneyPage(session, clock)
{
    [BindProperty]
    public string? ClinicianId { get; set; }

    public SupportPreferences? Wishes { get; private set; }

    public IReadOnlyList<ClinicianSuggestion> Suggestions { get; private set; } = [];

    protected override string What => "allocation-form";

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => ShowAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var clinicians = await ClinicianDirectory.ListAsync(Session, Me.HubId, cancellationToken);
        var chosen = Guid.TryParse(ClinicianId, out var id) && clinicians.Any(c => c.Id == id) ? id : Guid.Empty;
        var command = new AllocateClinician(chosen);
        Validate(validator, command);
        var name = ClinicianDirectory.NameOf(clinicians, chosen);
        var wishes = await StoredWishes.MetByAsync(Session, Id, chosen, cancellationToken);
        return await WriteAsync(
            journey => AllocateClinicianDecision.Decide(journey, command, Me.Id, Times.Now, wishes),
            $"Allocated to {name}.",
            cancellationToken
        );
    }

    protected override async Task PrepareAsync(CancellationToken cancellationToken)
    {
        Wishes = await SupportAsync(cancellationToken);
        var clinicians = await ClinicianDirectory.ListAsync(Session, Me.HubId, cancellationToken);
        var caseloads = (
            await Session
                .Query<CaseloadEntry>()
                .Where(e => e.HubId == Me.HubId && e.Active)
                .ToListAsync(cancellationToken)
        )
            .Select(e => e.ClinicianId)
            .OfType<Guid>()
            .GroupBy(c => c)
            .ToDictionary(g => g.Key, g => g.Count());
        Suggestions = ClinicianMatching.Rank(StoredWishes.Of(Wishes), clinicians, caseloads);
    }
}

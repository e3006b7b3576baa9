using FluentValidation;
using Hubs.ServiceDefaults.Auth;
using Hubs.Web.Features.AdverseEvents;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Shared;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Web.Features.GroupSupport.ChangingFacilitator;

/// <summary>
/// The lead hands a series of their Hub to another facilitator, chosen as when a series starts — the validator,
/// candidate check and decision of <c>POST /api/group-series/{id}/facilitator</c>. A peer supporter who facilitated
/// it no longer sees it once this is saved.
/// </summary>
[Authorize(Policy = HubsPolicies.HubLead)]
public sealed class FacilitatorModel(
    IDocumentSession session,
    ClinicClock clock,
    IValidator<ChangeFacilitator> validator
) : ClinicStreamPage<GroupSeries>(session, clock)
{
    private const string External = nameof(FacilitatorKind.ExternalIntervisor);

    [BindProperty]
    public string? Facilitator { get; set; }

    [BindProperty]
    public string? ExternalRole { get; set; }

    public GroupSeries Series { get; private set; } = null!;

    public FacilitatorNames People { get; private set; } = FacilitatorNames.None;

    public IReadOnlyList<Choice> Facilitators => People.Offered(AdverseEventStore.Today(Times));

    protected override string Noun => "series";

    public Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) => OpenAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var parts = (Facilitator ?? "").Split(':', 2);
        var command = new ChangeFacilitator(
            Words.Parse<FacilitatorKind>(parts[0]),
            parts.Length == 2 && Guid.TryParse(parts[1], out var f) ? f : null,
            parts[0] == External ? ExternalRole : null
        );
        Validate(validator, command);
        // The validator names the command's fields; the form has one facilitator field for them.
        FieldErrors.Move(ModelState, nameof(ChangeFacilitator.FacilitatorKind), nameof(Facilitator));
        FieldErrors.Move(ModelState, nameof(ChangeFacilitator.FacilitatorId), nameof(Facilitator));
        var (isClinician, peer) = ModelState.IsValid
            ? await FacilitatorChoice.CandidateAsync(Session, command, Me.HubId, cancellationToken)
            : (false, null);
        var today = AdverseEventStore.Today(Times);
        return await WriteAsync(
            s => ChangeFacilitatorDecision.Decide(s, command, isClinician, peer, today, Times.Now),
            "Facilitator changed.",
            cancellationToken
        );
    }

    protected override bool Sees(GroupSeries state) => state.HubId == Me.HubId;

    protected override async Task<bool> ShowAsync(GroupSeries state, CancellationToken cancellationToken)
    {
        Series = state;
        People = await FacilitatorNames.LoadAsync(Session, Me.HubId, cancellationToken);
        return true;
    }
}

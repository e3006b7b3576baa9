using FluentValidation;
using Hubs.Web.Features.Hubs;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.SubmittingSelfReferral;
using Hubs.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Web.Pages.Refer;

public sealed class WorkModel(DraftStore drafts, IValidator<SubmitSelfReferral> validator, HubDirectory hubs) : ReferralStep(drafts, validator)
{
    [BindProperty]
    public string? HubId { get; set; }

    [BindProperty]
    public Sector? Sector { get; set; }

    [BindProperty]
    public StaffGroup? StaffGroup { get; set; }

    [BindProperty]
    public string? Organisation { get; set; }

    public IReadOnlyList<Choice> Hubs => [.. hubs.Hubs.Select(h => new Choice(h.Id, h.Name))];

    protected override string NextPage => "/Refer/Equality";

    protected override string PreviousPage => "/Refer/Contact";

    protected override void Show(ReferralDraft draft) =>
        (HubId, Sector, StaffGroup, Organisation) = (draft.HubId, draft.Sector, draft.StaffGroup, draft.Organisation);

    protected override void Apply(ReferralDraft draft) =>
        (draft.HubId, draft.Sector, draft.StaffGroup, draft.Organisation) = (HubId, Sector, StaffGroup, Organisation);

    protected override void Check(ReferralDraft draft) =>
        CheckReferralRules(draft, nameof(HubId), nameof(Sector), nameof(StaffGroup), nameof(Organisation));
}

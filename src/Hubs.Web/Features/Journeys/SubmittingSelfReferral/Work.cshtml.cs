using FluentValidation;
using Hubs.Web.Features.Hubs;
using Hubs.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Web.Features.Journeys.SubmittingSelfReferral;

public sealed class WorkModel(DraftStore drafts, IValidator<SubmitSelfReferral> validator, HubDirectory hubs)
    : ReferralStep(drafts, validator)
{
    [BindProperty]
    public string? HubId { get; set; }

    [BindProperty]
    public Sector? Sector { get; set; }

    [BindProperty]
    public StaffGroup? StaffGroup { get; set; }

    [BindProperty]
    public string? Organisation { get; set; }

    [BindProperty]
    public ReferralSource? HeardFrom { get; set; }

    public IReadOnlyList<Choice> Hubs => [.. hubs.Hubs.Select(h => new Choice(h.Id, h.Name))];

    protected override string NextPage => "/Journeys/SubmittingSelfReferral/Equality";

    protected override string PreviousPage => "/Journeys/SubmittingSelfReferral/Contact";

    protected override void Show(ReferralDraft draft)
    {
        (HubId, Sector, StaffGroup, Organisation) = (draft.HubId, draft.Sector, draft.StaffGroup, draft.Organisation);
        HeardFrom = draft.HeardFrom;
    }

    protected override void Apply(ReferralDraft draft)
    {
        (draft.HubId, draft.Sector, draft.StaffGroup, draft.Organisation) = (HubId, Sector, StaffGroup, Organisation);
        draft.HeardFrom = HeardFrom;
    }

    protected override void Check(ReferralDraft draft) =>
        CheckReferralRules(draft, nameof(HubId), nameof(Sector), nameof(StaffGroup), nameof(Organisation));
}

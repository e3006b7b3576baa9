using FluentValidation;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Web.Features.Journeys.SubmittingSelfReferral;

public sealed class HelpModel(DraftStore drafts, IValidator<SubmitSelfReferral> validator)
    : ReferralStep(drafts, validator)
{
    [BindProperty]
    public string? HelpWith { get; set; }

    protected override string NextPage => "/Journeys/SubmittingSelfReferral/Support";

    protected override string PreviousPage => "/Journeys/SubmittingSelfReferral/Equality";

    protected override void Show(ReferralDraft draft) => HelpWith = draft.HelpWith;

    protected override void Apply(ReferralDraft draft) => draft.HelpWith = HelpWith;

    protected override void Check(ReferralDraft draft) => CheckReferralRules(draft, nameof(HelpWith));
}

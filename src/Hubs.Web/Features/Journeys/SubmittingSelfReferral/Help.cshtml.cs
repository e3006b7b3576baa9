using FluentValidation;
using Hubs.Web.Features.Journeys.SubmittingSelfReferral;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Web.Pages.Refer;

public sealed class HelpModel(DraftStore drafts, IValidator<SubmitSelfReferral> validator) : ReferralStep(drafts, validator)
{
    [BindProperty]
    public string? HelpWith { get; set; }

    protected override string NextPage => "/Refer/Support";

    protected override string PreviousPage => "/Refer/Equality";

    protected override void Show(ReferralDraft draft) => HelpWith = draft.HelpWith;

    protected override void Apply(ReferralDraft draft) => draft.HelpWith = HelpWith;

    protected override void Check(ReferralDraft draft) => CheckReferralRules(draft, nameof(HelpWith));
}

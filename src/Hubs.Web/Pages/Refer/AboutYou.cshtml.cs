using FluentValidation;
using Hubs.Web.Features.Journeys.SubmittingSelfReferral;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Web.Pages.Refer;

public sealed class AboutYouModel(DraftStore drafts, IValidator<SubmitSelfReferral> validator) : ReferralStep(drafts, validator)
{
    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public string? Email { get; set; }

    [BindProperty]
    public string? Phone { get; set; }

    protected override string NextPage => "/Refer/Contact";

    protected override string PreviousPage => "/Index";

    protected override void Show(ReferralDraft draft) => (Name, Email, Phone) = (draft.Name, draft.Email, draft.Phone);

    protected override void Apply(ReferralDraft draft) => (draft.Name, draft.Email, draft.Phone) = (Name, Email, Phone);

    protected override void Check(ReferralDraft draft) => CheckReferralRules(draft, nameof(Name), nameof(Email), nameof(Phone));
}

using FluentValidation;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Web.Features.Journeys.SubmittingSelfReferral;

/// <summary>
/// Equity questions, each with "prefer not to say": they show whether the Hubs reach everyone fairly.
/// </summary>
public sealed class EqualityModel(DraftStore drafts, IValidator<SubmitSelfReferral> validator)
    : ReferralStep(drafts, validator)
{
    [BindProperty]
    public AgeBand? AgeBand { get; set; }

    [BindProperty]
    public Sex? Sex { get; set; }

    [BindProperty]
    public EthnicityGroup? EthnicityGroup { get; set; }

    [BindProperty]
    public Disability? Disability { get; set; }

    protected override string NextPage => "/Journeys/SubmittingSelfReferral/Help";

    protected override string PreviousPage => "/Journeys/SubmittingSelfReferral/Work";

    protected override void Show(ReferralDraft draft) =>
        (AgeBand, Sex, EthnicityGroup, Disability) = (draft.AgeBand, draft.Sex, draft.EthnicityGroup, draft.Disability);

    protected override void Apply(ReferralDraft draft) =>
        (draft.AgeBand, draft.Sex, draft.EthnicityGroup, draft.Disability) = (AgeBand, Sex, EthnicityGroup, Disability);

    protected override void Check(ReferralDraft draft) =>
        CheckReferralRules(draft, nameof(AgeBand), nameof(Sex), nameof(EthnicityGroup), nameof(Disability));
}

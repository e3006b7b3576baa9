using FluentValidation;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Web.Features.Journeys.SubmittingSelfReferral;

/// <summary>
/// Consent to support is needed to refer; research contact is a separate choice, and "no" is a full answer.
/// </summary>
public sealed class ConsentModel(DraftStore drafts, IValidator<SubmitSelfReferral> validator)
    : ReferralStep(drafts, validator)
{
    [BindProperty]
    public bool ConsentToSupport { get; set; }

    [BindProperty]
    public bool? ResearchContact { get; set; }

    /// <summary>Ticked only if the keyworker, who came with a hand-over code, chooses the link.</summary>
    [BindProperty]
    public bool LinkToAdverseEvent { get; set; }

    public string? HandOverCode { get; private set; }

    protected override string NextPage => "/Journeys/SubmittingSelfReferral/CheckAnswers";

    protected override string PreviousPage => "/Journeys/SubmittingSelfReferral/Support";

    protected override void Show(ReferralDraft draft)
    {
        (ConsentToSupport, ResearchContact) = (draft.ConsentToSupport, draft.ResearchContact);
        (HandOverCode, LinkToAdverseEvent) = (draft.HandOverCode, draft.LinkToAdverseEvent);
    }

    protected override void Apply(ReferralDraft draft)
    {
        (draft.ConsentToSupport, draft.ResearchContact) = (ConsentToSupport, ResearchContact);
        HandOverCode = draft.HandOverCode;
        draft.LinkToAdverseEvent = HandOverCode is not null && LinkToAdverseEvent;
    }

    protected override void Check(ReferralDraft draft)
    {
        CheckReferralRules(draft, nameof(ConsentToSupport));
        if (draft.ResearchContact is null)
        {
            ModelState.AddModelError(
                nameof(ResearchContact),
                "Say whether we may contact you about research. Saying no does not change your support."
            );
        }
    }
}

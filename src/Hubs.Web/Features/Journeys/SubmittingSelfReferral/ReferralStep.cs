using FluentValidation;
using Hubs.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hubs.Web.Features.Journeys.SubmittingSelfReferral;

/// <summary>
/// One step of the self-referral: show what the draft holds, take the answers, check them with the same
/// rules as <c>POST /api/journeys</c>, save and move on (or back to check your answers when changing one).
/// </summary>
public abstract class ReferralStep(DraftStore drafts, IValidator<SubmitSelfReferral> validator) : PageModel
{
    [FromRoute]
    public Guid DraftId { get; set; }

    /// <summary>The person came from check your answers to change this step.</summary>
    [BindProperty(SupportsGet = true)]
    public bool Change { get; set; }

    protected abstract string NextPage { get; }

    protected abstract string PreviousPage { get; }

    public string BackHref =>
        Url.Page(Change ? "/Journeys/SubmittingSelfReferral/CheckAnswers" : PreviousPage, new { DraftId }) ?? "/";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var draft = await drafts.FindAsync(DraftId, cancellationToken);
        if (draft is null)
        {
            return RedirectToPage("/Journeys/SubmittingSelfReferral/Expired");
        }

        Show(draft);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var draft = await drafts.FindAsync(DraftId, cancellationToken);
        if (draft is null)
        {
            return RedirectToPage("/Journeys/SubmittingSelfReferral/Expired");
        }

        Apply(draft);
        Check(draft);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        await drafts.SaveAsync(draft, cancellationToken);
        return RedirectToPage(Change ? "/Journeys/SubmittingSelfReferral/CheckAnswers" : NextPage, new { DraftId });
    }

    /// <summary>Copies the draft's answers to the page's fields.</summary>
    protected abstract void Show(ReferralDraft draft);

    /// <summary>Copies the posted fields to the draft (saved only when they pass <see cref="Check"/>).</summary>
    protected abstract void Apply(ReferralDraft draft);

    protected virtual void Check(ReferralDraft draft) { }

    /// <summary>The referral's own rules, reported only for the fields this step asks.</summary>
    protected void CheckReferralRules(ReferralDraft draft, params string[] fields)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ModelState.AddFirstPerField(
            validator.Validate(draft.ToCommand()).Errors.Where(e => fields.Contains(e.PropertyName))
        );
    }
}

using FluentValidation;
using Hubs.Web.Features.Hubs;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hubs.Web.Features.Journeys.SubmittingSelfReferral;

/// <summary>
/// Check your answers: anything still missing links to its step; a complete draft goes on to the account step, which
/// sends it.
/// </summary>
public sealed class CheckAnswersModel(DraftStore drafts, IValidator<SubmitSelfReferral> validator, HubDirectory hubs)
    : PageModel
{
    [FromRoute]
    public Guid DraftId { get; set; }

    public IReadOnlyList<AnswerRow> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var draft = await drafts.FindAsync(DraftId, cancellationToken);
        if (draft is null)
        {
            return RedirectToPage("/Journeys/SubmittingSelfReferral/Expired");
        }

        Rows = AnswerRows.For(draft, hubs);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var draft = await drafts.FindAsync(DraftId, cancellationToken);
        if (draft is null)
        {
            return RedirectToPage("/Journeys/SubmittingSelfReferral/Expired");
        }

        var missing = MissingAnswers.Of(draft, validator.Validate(draft.ToCommand()));
        if (missing.Count == 0)
        {
            return RedirectToPage("/Journeys/SubmittingSelfReferral/Account", new { DraftId });
        }

        foreach (var answer in missing)
        {
            ModelState.AddModelError(answer.Key, answer.Message);
        }

        ViewData["ErrorLinks"] = missing
            .DistinctBy(m => m.Key)
            .ToDictionary(m => m.Key, m => Url.Page(m.StepPage, new { DraftId, change = true }) ?? "");
        Rows = AnswerRows.For(draft, hubs);
        return Page();
    }
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hubs.Web.Features.Journeys.SubmittingSelfReferral;

/// <summary>Starting a referral creates its draft (a POST, so following a link never creates one).</summary>
public sealed class StartModel(DraftStore drafts) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var draft = await drafts.CreateAsync(cancellationToken);
        return RedirectToPage("/Journeys/SubmittingSelfReferral/AboutYou", new { draftId = draft.Id });
    }
}

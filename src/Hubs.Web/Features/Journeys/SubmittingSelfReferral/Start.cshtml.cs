using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hubs.Web.Features.Journeys.SubmittingSelfReferral;

/// <summary>
/// Starting a referral creates its draft (a POST, so following a link never creates one). The link a peer supporter
/// gives after an adverse event carries a hand-over code: this page shows it and starts the draft with it.
/// </summary>
public sealed class StartModel(DraftStore drafts) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "handover")]
    public string? HandOver { get; set; }

    public string? Code => HandOverCodeRule.Normal(HandOver);

    public IActionResult OnGet() => Code is null ? RedirectToPage("/Index") : Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var draft = await drafts.CreateAsync(cancellationToken);
        if (Code is { } code)
        {
            draft.HandOverCode = code;
            await drafts.SaveAsync(draft, cancellationToken);
        }

        return RedirectToPage("/Journeys/SubmittingSelfReferral/AboutYou", new { draftId = draft.Id });
    }
}

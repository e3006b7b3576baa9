using Marten;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hubs.Web.Pages.Screening;

/// <summary>The person would rather a clinician asked the questions by phone; the online answers stay open.</summary>
public sealed class ByPhoneModel(IDocumentSession session) : PageModel
{
    [FromRoute]
    public Guid ScreeningId { get; set; }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var draft = await session.LoadAsync<ScreeningDraft>(ScreeningId, cancellationToken);
        if (draft is null)
        {
            return NotFound();
        }

        draft.PhoneRequested = true;
        session.Store(draft);
        await session.SaveChangesAsync(cancellationToken);
        return RedirectToPage();
    }
}

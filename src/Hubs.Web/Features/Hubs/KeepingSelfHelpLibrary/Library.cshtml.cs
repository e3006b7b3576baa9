using FluentValidation;
using Hubs.ServiceDefaults.Auth;
using Hubs.Web.Features.Shared;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hubs.Web.Features.Hubs.KeepingSelfHelpLibrary;

/// <summary>
/// The hub admin keeps their own Hub's self-help library: the entries keyworkers see while they wait, an add form
/// checked by the API's validator (what was typed is kept on a refusal) and a remove button per entry.
/// </summary>
[Authorize(Policy = HubsPolicies.HubAdmin)]
public sealed class LibraryModel(
    IDocumentSession session,
    HubDirectory hubs,
    IValidator<AddSelfHelpItem> validator,
    TimeProvider clock
) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Hub { get; set; }

    [BindProperty]
    public string? Title { get; set; }

    [BindProperty]
    public string? Summary { get; set; }

    [BindProperty]
    public string? Link { get; set; }

    [TempData]
    public string? Done { get; set; }

    public string HubName { get; private set; } = "";

    public IReadOnlyList<SelfHelpItem> Items { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var item = new AddSelfHelpItem(Title, Summary, Link);
        ModelState.AddFirstPerField(validator.Validate(item).Errors);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var admin = Guid.TryParse(User.SubjectId(), out var id) ? id : Guid.Empty;
        if (await SelfHelpLibrary.AddAsync(session, Hub!, item, admin, clock.GetUtcNow(), cancellationToken) is null)
        {
            ModelState.AddModelError(nameof(Title), "The library is full: remove an entry first.");
            return Page();
        }

        Done = "Added to the library.";
        return RedirectToPage(new { Hub });
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, CancellationToken cancellationToken)
    {
        if (
            !await LoadAsync(cancellationToken)
            || !await SelfHelpLibrary.RemoveAsync(session, Hub!, id, cancellationToken)
        )
        {
            return NotFound();
        }

        Done = "Removed from the library.";
        return RedirectToPage(new { Hub });
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        Hub = AdministeredHub.Of(HttpContext, Hub, hubs);
        if (Hub is null)
        {
            return false;
        }

        HubName = hubs.Hubs.FirstOrDefault(h => h.Id == Hub)?.Name ?? "";
        Items = await SelfHelpLibrary.ListAsync(session, Hub, cancellationToken);
        return true;
    }
}

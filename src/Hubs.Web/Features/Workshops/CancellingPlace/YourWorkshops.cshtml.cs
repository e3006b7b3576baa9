using Hubs.ServiceDefaults.Auth;
using Hubs.Web.Features.Journeys.ContactRules;
using Hubs.Web.Features.Kernel;
using Hubs.Web.Features.Shared;
using Hubs.Web.Features.Workshops.BrowsingWorkshops;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hubs.Web.Features.Workshops.CancellingPlace;

/// <summary>
/// The keyworker's own workshop places, with what they can do next: the questions before and after, coaching
/// calls, and cancelling a place (the same write as the API's).
/// </summary>
[Authorize(Policy = HubsPolicies.Keyworker)]
public sealed class YourWorkshopsModel(
    IDocumentStore store,
    IQuerySession session,
    ContactSettings settings,
    TimeProvider clock
) : PageModel
{
    public IReadOnlyList<OwnPlace> Places { get; private set; } = [];

    /// <summary>The Hubs of the places that can remind the keyworker: those they have a journey with.</summary>
    public IReadOnlySet<string> RemindedHubs { get; private set; } = new HashSet<string>();

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    [BindProperty]
    public Guid CancelWorkshop { get; set; }

    [BindProperty]
    public Guid CancelPlace { get; set; }

    public HubTime Time => new(settings.Zone);

    public DateTimeOffset Now => clock.GetUtcNow();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (KeyworkerCaller.FromPrincipal(User) is not { } me)
        {
            return Forbid();
        }

        await LoadAsync(me, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostCancelAsync(CancellationToken cancellationToken)
    {
        if (KeyworkerCaller.FromPrincipal(User) is not { } me)
        {
            return Forbid();
        }

        var outcome = await CancellingEndpoints.CancelAsync(
            store,
            me,
            CancelWorkshop,
            CancelPlace,
            clock,
            cancellationToken
        );
        switch (outcome.Status)
        {
            case AppendStatus.Written:
                return RedirectToPage(new { Done = "cancelled" });
            case AppendStatus.Refused or AppendStatus.Stale:
                ModelState.AddModelError("form", outcome.Refusal?.Detail ?? "Please try again.");
                await LoadAsync(me, cancellationToken);
                return Page();
            default:
                return NotFound();
        }
    }

    private async Task LoadAsync(KeyworkerCaller me, CancellationToken cancellationToken)
    {
        Places = await BrowsingEndpoints.OwnPlacesAsync(session, me, cancellationToken);
        var reminded = new HashSet<string>(StringComparer.Ordinal);
        foreach (var hubId in Places.Select(p => p.Workshop.HubId).Distinct())
        {
            if (await WorkshopStore.ContactJourneyAsync(session, me.Id, hubId, cancellationToken) is not null)
            {
                reminded.Add(hubId);
            }
        }

        RemindedHubs = reminded;
    }
}

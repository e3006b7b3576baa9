using Hubs.Web.Features.Kernel;
using Hubs.Web.Features.Workshops.BrowsingWorkshops;
using Marten;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Web.Features.Workshops.CancellingPlace;

/// <summary>
/// The workshops part of "Your support" (<c>/my</c>), invoked there by name so Journeys never names Workshops:
/// the keyworker's places to come, with the way to their workshops and to those they can book.
/// </summary>
public sealed class YourWorkshopsViewComponent(IQuerySession session, TimeProvider clock) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var me = KeyworkerCaller.FromPrincipal(HttpContext.User);
        var places = me is null ? [] : await BrowsingEndpoints.OwnPlacesAsync(session, me, HttpContext.RequestAborted);
        var now = clock.GetUtcNow();
        return View(
            "/Features/Workshops/CancellingPlace/_YourWorkshopsSummary.cshtml",
            places.Where(p => p.Workshop.StartsAt > now || p.State == PlaceState.Attended).ToList()
        );
    }
}

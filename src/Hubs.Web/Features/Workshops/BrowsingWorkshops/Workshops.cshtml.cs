using Hubs.Web.Features.Hubs;
using Hubs.Web.Features.Journeys.ContactRules;
using Hubs.Web.Features.Shared;
using Marten;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hubs.Web.Features.Workshops.BrowsingWorkshops;

/// <summary>
/// The public list of workshops still to come: what, when, where, who may book, places left. Nobody is named.
/// </summary>
public sealed class WorkshopsModel(
    IQuerySession session,
    ContactSettings settings,
    HubDirectory hubs,
    TimeProvider clock
) : PageModel
{
    public IReadOnlyList<Workshop> Upcoming { get; private set; } = [];

    public HubTime Time => new(settings.Zone);

    public string HubName(string hubId) => hubs.Hubs.FirstOrDefault(h => h.Id == hubId)?.Name ?? hubId;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Upcoming = await WorkshopStore.UpcomingAsync(session, clock.GetUtcNow(), cancellationToken);
}

using Hubs.ServiceDefaults.Auth;
using Marten;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hubs.Web.Features.ServiceDirectory.MaintainingDirectory;

/// <summary>The hub admin's directory of the other services their Hub signposts and refers to.</summary>
[Authorize(Policy = HubsPolicies.HubAdmin)]
public sealed class ServicesModel(IQuerySession session) : PageModel
{
    public IReadOnlyList<ServiceListing> Services { get; private set; } = [];

    [TempData]
    public string? Done { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var admin = HubAdmin.FromPrincipal(User, HubChoice.Of(HttpContext));
        Services = admin is null ? [] : await ServiceDirectoryRead.ForHubAsync(session, admin.HubId, cancellationToken);
    }
}

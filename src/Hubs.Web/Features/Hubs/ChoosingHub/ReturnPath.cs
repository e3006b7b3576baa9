using System.Security.Claims;
using Hubs.ServiceDefaults.Auth;

namespace Hubs.Web.Features.Hubs.ChoosingHub;

/// <summary>
/// Where a switch of Hub lands: back on the page it was made from, without its query (a page number of the Hub
/// left). A record's page (an id in its path) belongs to the Hub left, so its area's start instead; anything that
/// is not a staff page (or not this site's) goes to the person's own start page.
/// </summary>
public static class ReturnPath
{
    public static string After(string? localUrl, ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var path = (localUrl ?? "").Split('?', '#')[0];
        var area = HubChoiceGuard.StaffPaths.FirstOrDefault(a =>
            path == a || path.StartsWith(a + "/", StringComparison.Ordinal)
        );
        if (area is null || area == HubChoiceGuard.ChooserPath)
        {
            return Home(user);
        }

        return path.Split('/').Any(segment => Guid.TryParse(segment, out _)) ? Start(area) : path;
    }

    private static string Start(string area) => area == "/hub-admin" ? "/hub-admin/settings" : area;

    private static string Home(ClaimsPrincipal user) =>
        user.HasRole(HubsRoles.Clinician) || user.HasRole(HubsRoles.HubLead) ? "/clinic"
        : user.HasRole(HubsRoles.HubAdmin) ? "/hub-admin/settings"
        : "/peer-support";
}

using System.Security.Claims;
using Hubs.ServiceDefaults.Auth;

namespace Hubs.Web.Features.Hubs.KeepingSelfHelpLibrary;

/// <summary>
/// The Hub a hub admin acts on: the one they name (page <c>hub</c> or API <c>X-Hubs-Hub-Id</c>) when it is theirs,
/// else their first; null when they name one that is not theirs (answered as not found).
/// </summary>
public static class AdministeredHub
{
    public const string HubHeader = "X-Hubs-Hub-Id";

    public static string? Of(ClaimsPrincipal user, string? asked, HubDirectory hubs)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(hubs);
        var mine = user.HubIds().Where(hubs.Contains).Order(StringComparer.Ordinal).ToList();
        return string.IsNullOrEmpty(asked) ? mine.FirstOrDefault()
            : mine.Contains(asked) ? asked
            : null;
    }
}

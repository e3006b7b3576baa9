using System.Security.Claims;
using Hubs.ServiceDefaults;
using Hubs.ServiceDefaults.Auth;

namespace Hubs.Web.Features.Kernel;

/// <summary>
/// The Hub a person who works in several has chosen: on pages a session cookie (gone when the browser closes), on
/// the API the <see cref="Header"/> of each call; never server memory, so any replica serves any request. The one
/// place that reads either: staff pages and endpoints ask <see cref="Of"/> or <see cref="Shown"/>. Only a Hub their
/// token lists counts; with no choice they act in their first Hub. A choice of another Hub is refused
/// (<see cref="Refusal"/>, answered by HubChoiceGuard before any page or endpoint runs).
/// </summary>
public static partial class HubChoice
{
    public const string CookieName = "hubs-hub";

    public const string Header = "X-Hubs-Hub-Id";

    /// <summary>The chosen Hub when it is one of the caller's; null when none is chosen or it is not theirs.</summary>
    public static string? Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Asked(context) is { } asked && context.User.HubIds().Contains(asked) ? asked : null;
    }

    /// <summary>The Hub the caller acts in: the chosen one, else their first; null for someone with none.</summary>
    public static string? Shown(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Acting(context.User, Of(context));
    }

    /// <summary>
    /// The Hub a principal acts in given their choice (<see cref="Of"/>): it when theirs, else their first.
    /// </summary>
    public static string? Acting(ClaimsPrincipal user, string? chosen)
    {
        ArgumentNullException.ThrowIfNull(user);
        var hubs = user.HubIds();
        return chosen is not null && hubs.Contains(chosen)
            ? chosen
            : hubs.Order(StringComparer.Ordinal).FirstOrDefault();
    }

    /// <summary>The caller's Hubs, first to last (the order the switcher lists them in).</summary>
    public static IReadOnlyList<string> Mine(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return [.. context.User.HubIds().Order(StringComparer.Ordinal)];
    }

    /// <summary>No expiry: a session cookie. HttpOnly, SameSite and Secure follow the cookie policy.</summary>
    public static void Remember(HttpResponse response, string hub)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Cookies.Append(CookieName, hub, new CookieOptions { IsEssential = true, Path = "/" });
    }

    public static void Forget(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        response.Cookies.Delete(CookieName, new CookieOptions { IsEssential = true, Path = "/" });
    }

    private static string? Asked(HttpContext context) =>
        (ApiRequests.IsApi(context) ? context.Request.Headers[Header].ToString() : context.Request.Cookies[CookieName])
            is { Length: > 0 } asked
            ? asked
            : null;
}

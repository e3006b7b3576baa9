using Hubs.ServiceDefaults.Auth;

namespace Hubs.Web.Features.Kernel;

/// <summary>
/// The Hub a person who works in several has chosen for the pages: a session cookie (gone when the browser closes),
/// never server memory, so any replica serves any page. Only a Hub their token lists counts; with no choice the
/// pages act in their first Hub, as before. A cookie naming another Hub is refused (<see cref="IsRefused"/>).
/// </summary>
public static class HubChoice
{
    public const string CookieName = "hubs-hub";

    /// <summary>The chosen Hub when it is one of the caller's; null when none is chosen or it is not theirs.</summary>
    public static string? Of(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Asked(context) is { } asked && context.User.HubIds().Contains(asked) ? asked : null;
    }

    /// <summary>The Hub the pages show: the chosen one, else the caller's first; null for someone with none.</summary>
    public static string? Shown(HttpContext context) =>
        Of(context) ?? context.User.HubIds().Order(StringComparer.Ordinal).FirstOrDefault();

    /// <summary>The caller's Hubs, first to last (the order the switcher lists them in).</summary>
    public static IReadOnlyList<string> Mine(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return [.. context.User.HubIds().Order(StringComparer.Ordinal)];
    }

    /// <summary>A signed-in member of a Hub whose cookie names a Hub they do not work in (tampered or left).</summary>
    public static bool IsRefused(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Asked(context) is { } asked && context.User.HubIds() is { Count: > 0 } hubs && !hubs.Contains(asked);
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
        context.Request.Cookies[CookieName] is { Length: > 0 } asked ? asked : null;
}

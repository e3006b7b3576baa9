using Microsoft.AspNetCore.Http;

namespace Hubs.ServiceDefaults;

/// <summary>
/// The one rule for what a request is, by its path alone. Under an API or protocol root it is an API call, whatever
/// its Accept header or cookies: answered in problem details, 401 rather than a redirect to sign-in, its Hub named in
/// a header. Anywhere else it is a page: the page or the host's error page, a redirect to sign-in, the Hub from a
/// cookie. A bearer token is a credential, not a kind of request: a page asked for with one is signed in by it
/// (<see cref="UsesToken"/>), and a bad one is answered 401, not sent to sign in (a client holding a token cannot
/// follow that), but the answer is still the page's.
/// </summary>
public static class ApiRequests
{
    private static readonly PathString[] Roots = ["/api", "/connect", "/.well-known", "/health", "/openapi"];

    public static bool IsApi(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Roots.Any(root => context.Request.Path.StartsWithSegments(root, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Signed in by a bearer token rather than the page cookie: every API call, and any request with one.
    /// </summary>
    public static bool UsesToken(HttpContext context) =>
        IsApi(context)
        || context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
}

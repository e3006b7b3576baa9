using Microsoft.AspNetCore.Http;

namespace Hubs.ServiceDefaults.Errors;

/// <summary>
/// Which requests are answered with problem details (API and protocol paths, whatever their Accept header)
/// and which with the host's HTML error page (<see cref="PagePath"/>, in the host's own layout).
/// </summary>
public static class ErrorPaths
{
    /// <summary>
    /// The host's error page; <c>/error/404</c> etc. after a status code, <c>/error</c> after an exception.
    /// </summary>
    public const string PagePath = "/error";

    private static readonly PathString[] ApiRoots = ["/api", "/connect", "/.well-known", "/health", "/openapi"];

    public static bool IsApi(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return ApiRoots.Any(root => context.Request.Path.StartsWithSegments(root, StringComparison.OrdinalIgnoreCase));
    }
}

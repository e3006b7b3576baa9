using Microsoft.AspNetCore.Http;

namespace Hubs.ServiceDefaults.Auth;

/// <summary>A request that carries a bearer token: an API call, whatever its path, never a page with cookies.</summary>
internal static class BearerRequests
{
    public static bool Carries(HttpContext context) =>
        context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
}

using System.Net;

namespace Hubs.Web.Tests.Authorization;

/// <summary>What a caller gets from a page's GET, one letter per caller in the page matrix.</summary>
public static class PageAccess
{
    /// <summary>
    /// A: shown (200). U: sent to sign in (a challenge). F: refused for their role (403). H: not found (404).
    /// B: sent to ask for break-glass. X: sent elsewhere by the page itself (an expired draft, say).
    /// </summary>
    public static char Of(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var location = response.Headers.Location?.ToString() ?? "";
        return response.StatusCode switch
        {
            HttpStatusCode.OK => 'A',
            HttpStatusCode.Unauthorized => 'U',
            HttpStatusCode.Forbidden => 'F',
            HttpStatusCode.NotFound => 'H',
            HttpStatusCode.Redirect
            or HttpStatusCode.Found when location.Contains("break-glass", StringComparison.Ordinal) => 'B',
            HttpStatusCode.Redirect
            or HttpStatusCode.Found
                when location.Contains("sign-in", StringComparison.OrdinalIgnoreCase)
                    || location.Contains("signin", StringComparison.OrdinalIgnoreCase)
                    || location.Contains("authorize", StringComparison.Ordinal) => 'U',
            HttpStatusCode.Redirect
            or HttpStatusCode.Found when location.Contains("denied", StringComparison.OrdinalIgnoreCase) => 'F',
            HttpStatusCode.Redirect or HttpStatusCode.Found => 'X',
            _ => throw new InvalidOperationException($"{(int)response.StatusCode} from a page GET"),
        };
    }
}

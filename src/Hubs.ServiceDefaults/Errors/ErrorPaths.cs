namespace Hubs.ServiceDefaults.Errors;

/// <summary>
/// Where the host's HTML error page is, in the host's own layout, for pages; API calls (<see cref="ApiRequests"/>)
/// are answered with problem details instead.
/// </summary>
public static class ErrorPaths
{
    /// <summary>
    /// The host's error page; <c>/error/404</c> etc. after a status code, <c>/error</c> after an exception.
    /// </summary>
    public const string PagePath = "/error";
}

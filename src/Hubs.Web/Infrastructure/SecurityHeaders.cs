namespace Hubs.Web.Infrastructure;

/// <summary>
/// Headers on every response, pages and API alike. The policy names no origin but our own: the pages load
/// nothing from elsewhere and run no inline script, so a third party never learns who visits a Hub.
/// </summary>
internal static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; "
        + "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    /// <summary>Two years, as browsers' preload lists expect.</summary>
    public const string StrictTransportSecurity = "max-age=63072000; includeSubDomains";

    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var development = app.Environment.IsDevelopment();
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                Apply(context, development);
                return Task.CompletedTask;
            });
            return next(context);
        });
        return app;
    }

    private static void Apply(HttpContext context, bool development)
    {
        var headers = context.Response.Headers;
        // The API reference page of Development loads its own scripts inline; it does not exist elsewhere.
        if (!(development && context.Request.Path.StartsWithSegments("/docs")))
        {
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
        }

        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        if (!development)
        {
            headers.StrictTransportSecurity = StrictTransportSecurity;
        }

        // Pages can hold a person's answers: never kept by the browser or a proxy (shared devices, back button).
        if (string.IsNullOrEmpty(headers.CacheControl) && !StaticAssets.IsStatic(context.Request.Path))
        {
            headers.CacheControl = "no-store";
        }
    }
}

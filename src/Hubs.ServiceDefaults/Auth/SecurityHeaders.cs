using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;

namespace Hubs.ServiceDefaults.Auth;

public static class SecurityHeaders
{
    /// <summary>
    /// Everything is served from our own origin: no third-party scripts, styles, fonts or images, no
    /// framing, no referrer. <c>form-action</c> is left out because Chromium applies it to the
    /// redirect chain after a sign-in post, which ends at another Hubs host's OIDC callback.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    /// <summary>Call right after <c>UseHubsDefaults</c>. HSTS is sent outside Development (on HTTPS requests).</summary>
    public static WebApplication UseHubsSecurityHeaders(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Cross-Origin-Opener-Policy"] = "same-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            await next();
        });
        return app;
    }
}

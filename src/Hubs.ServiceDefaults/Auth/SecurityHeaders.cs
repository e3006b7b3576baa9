using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;

namespace Hubs.ServiceDefaults.Auth;

/// <summary>How a host's pages differ within the one security-header policy every host sends.</summary>
/// <param name="RestrictFormAction">Send <c>form-action 'self'</c>. Identity leaves it out: Chromium
/// applies it to the redirect chain after a sign-in post, which ends at another Hubs host's callback.</param>
/// <param name="AllowDataImages">Allow <c>data:</c> images (Identity's inline TOTP QR code).</param>
/// <param name="MayCache">Paths whose responses may be cached (static files that hold nothing about a person).</param>
/// <param name="SignInAuthority">The identity provider pages sign in with: signing out posts a form that
/// redirects there, so form-action allows its origin (and no other).</param>
public sealed record SecurityHeaderOptions(
    bool RestrictFormAction = true,
    bool AllowDataImages = false,
    Func<PathString, bool>? MayCache = null,
    string? SignInAuthority = null
);

public static class SecurityHeaders
{
    /// <summary>Two years, as browsers' preload lists expect.</summary>
    public const string StrictTransportSecurity = "max-age=63072000; includeSubDomains";

    /// <summary>
    /// Our own origin only: no third-party scripts, styles, fonts or images, no inline script, no
    /// framing, so a third party never learns who visits a Hub.
    /// </summary>
    public static string ContentSecurityPolicy(SecurityHeaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return "default-src 'self'; script-src 'self'; style-src 'self'; "
            + (options.AllowDataImages ? "img-src 'self' data:; " : "img-src 'self'; ")
            + "font-src 'self'; connect-src 'self'; "
            + (
                options.RestrictFormAction
                    ? $"form-action 'self'{SignInOrigin(options.SignInAuthority)}; "
                    : string.Empty
            )
            + "frame-ancestors 'none'; base-uri 'none'; object-src 'none'";
    }

    private static string SignInOrigin(string? authority) =>
        Uri.TryCreate(authority, UriKind.Absolute, out var uri)
            ? " " + uri.GetLeftPart(UriPartial.Authority)
            : string.Empty;

    /// <summary>
    /// Call right after <c>UseHubsDefaults</c>: the headers go on every response, pages, API and errors
    /// alike. Pages may hold a person's answers, so they are never stored by a browser or proxy
    /// (shared devices, the back button). HSTS outside Development, where pages are refused over plain HTTP
    /// (<see cref="HttpsPages"/>) with these headers on the refusal.
    /// </summary>
    public static WebApplication UseHubsSecurityHeaders(this WebApplication app, SecurityHeaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(app);
        options ??= new SecurityHeaderOptions();
        var policy = ContentSecurityPolicy(options);
        var development = app.Environment.IsDevelopment();
        app.Use(
            (context, next) =>
            {
                context.Response.OnStarting(() =>
                {
                    var headers = context.Response.Headers;
                    // Development's API reference page runs its own inline scripts; it exists nowhere else.
                    if (!(development && context.Request.Path.StartsWithSegments("/docs")))
                    {
                        headers.ContentSecurityPolicy = policy;
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

                    if (
                        string.IsNullOrEmpty(headers.CacheControl)
                        && options.MayCache?.Invoke(context.Request.Path) != true
                    )
                    {
                        headers.CacheControl = "no-store";
                    }

                    return Task.CompletedTask;
                });
                return next(context);
            }
        );
        return app.UseHttpsPages();
    }
}

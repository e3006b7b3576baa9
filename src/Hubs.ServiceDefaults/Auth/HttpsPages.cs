using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hubs.ServiceDefaults.Auth;

/// <summary>
/// Outside Development every cookie a page sets (sign-in, antiforgery, the Hub choice) is Secure, so a page asked for
/// over plain HTTP cannot work: antiforgery would throw (a 500) and a browser would drop the sign-in cookie. Such a
/// request is answered 400 with a plain sentence instead, and the operator is told why in the log. Behind a proxy
/// that ends TLS the request is HTTPS once the proxy is trusted (<c>TrustedProxies</c>: its X-Forwarded-Proto is
/// believed); a client's own X-Forwarded-Proto never is. API and protocol paths (bearer tokens, no cookies) and
/// health probes are left alone. A page asked for with a bearer token is refused too: its forms' antiforgery cookie
/// is Secure all the same (a commissioner's dashboard answered 500 so, benchmarks/SCALE.md).
/// </summary>
public static class HttpsPages
{
    public const string Refusal = "This site works over HTTPS only. Open it with an address that starts https://";

    public static WebApplication UseHttpsPages(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Environment.IsDevelopment())
        {
            return app;
        }

        var log = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(HttpsPages));
        app.Use(
            async (context, next) =>
            {
                if (context.Request.IsHttps || ApiRequests.IsApi(context))
                {
                    await next(context);
                    return;
                }

                log.LogWarning(
                    "A page was asked for over plain HTTP and refused. If TLS ends at a proxy, list it in "
                        + "ForwardedHeaders:KnownProxies or ForwardedHeaders:KnownNetworks so its X-Forwarded-Proto "
                        + "is believed (deploy/README.md)."
                );
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                context.Response.ContentType = "text/plain; charset=utf-8";
                await context.Response.WriteAsync(Refusal, context.RequestAborted);
            }
        );
        return app;
    }
}

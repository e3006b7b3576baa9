using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Hubs.Identity.Accounts;

/// <summary>
/// ASP.NET Core's rate limiter on the account forms (every POST under /account: sign-in, MFA, recovery,
/// register, password reset) and the token endpoint, per client address, a fixed one-minute window each
/// (<c>RateLimits:AccountFormPostsPerMinute</c>, default 20; <c>RateLimits:TokenRequestsPerMinute</c>, default 120).
/// Per account, sign-in is already limited by lockout (5 wrong passwords or codes). The counters live in each
/// replica's memory: with N replicas a client behind a balancer gets up to N times the limit, which still
/// stops guessing at scale; lockout, being in the database, holds across replicas.
/// </summary>
internal static class AccountRateLimits
{
    public const string Forms = "account-forms";
    public const string Token = "oauth-token";

    public static WebApplicationBuilder AddAccountRateLimits(this WebApplicationBuilder builder)
    {
        var formPosts = builder.Configuration.GetValue("RateLimits:AccountFormPostsPerMinute", 20);
        var tokenRequests = builder.Configuration.GetValue("RateLimits:TokenRequestsPerMinute", 120);
        builder.Services.AddRateLimiter(options =>
        {
            options.AddPolicy(Forms, context => HttpMethods.IsPost(context.Request.Method)
                ? PerMinute(context, formPosts)
                : RateLimitPartition.GetNoLimiter(string.Empty));
            options.AddPolicy(Token, context => PerMinute(context, tokenRequests));
            options.OnRejected = RejectAsync;
        });
        return builder;
    }

    private static RateLimitPartition<string> PerMinute(HttpContext context, int permits) =>
        RateLimitPartition.GetFixedWindowLimiter(
            context.Connection.RemoteIpAddress?.ToString() ?? IPAddress.None.ToString(),
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var response = rejected.HttpContext.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.Headers.RetryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)
            ? ((int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture)
            : "60";
        if (rejected.HttpContext.Request.Path.StartsWithSegments("/account"))
        {
            response.ContentType = "text/html; charset=utf-8";
            await response.WriteAsync(SlowDownPage, cancellationToken);
            return;
        }

        await rejected.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = rejected.HttpContext,
            ProblemDetails = new ProblemDetails { Status = StatusCodes.Status429TooManyRequests, Title = "Too many requests. Wait a minute and try again." },
        });
    }

    private const string SlowDownPage = """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Too many attempts – Hubs account</title><link rel="stylesheet" href="/site.css"></head>
        <body><main id="main"><h1>Too many attempts</h1>
        <p>Wait a minute, then go back and try again.</p></main></body>
        </html>
        """;
}

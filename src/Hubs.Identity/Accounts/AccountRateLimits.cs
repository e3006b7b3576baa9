using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text;
using Hubs.Identity.Data;
using Hubs.ServiceDefaults.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Hubs.Identity.Accounts;

/// <summary>
/// Rate limits on the account forms (every POST under /account: sign-in, MFA, recovery, register, password reset)
/// and the token endpoint, counted in <c>identity.rate_limit_windows</c> so every replica shares them, one-minute
/// fixed windows: <c>RateLimits:AccountFormPostsPerMinute</c> (default 20) per client address and as many per
/// account (the email posted, or the user the reset link or MFA step is for); <c>RateLimits:TokenRequestsPerMinute</c>
/// (default 120) per client address and per client_id. Lockout (5 wrong passwords or codes) still applies.
/// </summary>
internal static class AccountRateLimits
{
    public const string Forms = "account-forms";
    public const string Token = "oauth-token";

    public static WebApplicationBuilder AddAccountRateLimits(this WebApplicationBuilder builder)
    {
        var autoCreate =
            builder.Configuration.GetValue<bool>("Hubs:Schema:AutoCreate") && builder.Environment.IsDevelopment();
        builder.Services.AddSharedRateLimits(
            IdentityDb.Schema,
            autoCreate,
            new SharedRateLimit(
                Forms,
                builder.Configuration.GetValue("RateLimits:AccountFormPostsPerMinute", 20),
                TimeSpan.FromMinutes(1),
                AccountOfFormAsync
            ),
            new SharedRateLimit(
                Token,
                builder.Configuration.GetValue("RateLimits:TokenRequestsPerMinute", 120),
                TimeSpan.FromMinutes(1),
                ClientOfTokenRequestAsync
            )
        );
        return builder;
    }

    private static async ValueTask<string?> AccountOfFormAsync(HttpContext context)
    {
        if (await RateLimitAccounts.FormFieldAsync(context, "Email") is { } email)
        {
            return "email:" + email;
        }

        if (await RateLimitAccounts.FormFieldAsync(context, "UserId") is { } resetFor)
        {
            return "user:" + resetFor;
        }

        // The MFA and recovery steps: the user half signed in; MFA set-up: the user signed in.
        var halfway = await context.AuthenticateAsync(IdentityConstants.TwoFactorUserIdScheme);
        var user = halfway.Principal?.FindFirstValue(ClaimTypes.Name)
            ?? context
                .RequestServices.GetRequiredService<UserManager<HubsUser>>()
                .GetUserId(
                    (await context.AuthenticateAsync(IdentityConstants.ApplicationScheme)).Principal
                        ?? new ClaimsPrincipal()
                );
        return RateLimitAccounts.Normalise(user) is { } id ? "user:" + id : null;
    }

    /// <summary>The client of a token request: client_id in the form, or in HTTP Basic authentication.</summary>
    private static async ValueTask<string?> ClientOfTokenRequestAsync(HttpContext context)
    {
        if (await RateLimitAccounts.FormFieldAsync(context, "client_id") is { } posted)
        {
            return "client:" + posted;
        }

        if (
            AuthenticationHeaderValue.TryParse(context.Request.Headers.Authorization, out var header)
            && header.Scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase)
            && header.Parameter is { } encoded
        )
        {
            try
            {
                var pair = Encoding.UTF8.GetString(Convert.FromBase64String(encoded));
                return RateLimitAccounts.Normalise(Uri.UnescapeDataString(pair.Split(':')[0])) is { } id
                    ? "client:" + id
                    : null;
            }
            catch (FormatException)
            {
                return null;
            }
        }

        return null;
    }
}

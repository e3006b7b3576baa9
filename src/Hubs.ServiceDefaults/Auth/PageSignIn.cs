using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Hubs.ServiceDefaults.Auth;

/// <summary>
/// How a host's pages sign people in: a cookie session started by the OpenID Connect code flow (PKCE)
/// against <c>Oidc:Authority</c>, as client <paramref name="ClientId"/> asking for <paramref name="Scope"/>.
/// A sign-in that starts on one of <paramref name="StaffPaths"/> tells the provider it is staff's
/// (<see cref="StaffParameter"/>), so its sign-in page does not offer keyworkers' "Create an account".
/// </summary>
public sealed record PageSignIn(string ClientId, string Scope, IReadOnlyList<string>? StaffPaths = null)
{
    /// <summary>The authorization request's parameter that marks a staff sign-in.</summary>
    public const string StaffParameter = "hubs_staff";

    /// <summary>Whether a local return path (with or without a query) is under one of the staff paths.</summary>
    public bool IsStaffPath(string? returnPath)
    {
        if (returnPath is not { Length: > 0 } || !Uri.TryCreate(new Uri("http://host"), returnPath, out var uri))
        {
            return false;
        }

        var path = new PathString(uri.AbsolutePath);
        return (StaffPaths ?? []).Any(root => path.StartsWithSegments(root, StringComparison.OrdinalIgnoreCase));
    }
}

internal static class PageSignInSchemes
{
    /// <summary>Picks bearer tokens for the API and the cookie session for pages, per request.</summary>
    public const string Selector = "hubs";

    public const string CookieName = "hubs-session";

    /// <summary>Pages signed in longer than this sign in again (the identity provider may still know them).</summary>
    public static readonly TimeSpan SessionLifetime = TimeSpan.FromHours(8);

    public static AuthenticationBuilder AddPageSchemes(
        this AuthenticationBuilder builder,
        PageSignIn pages,
        IConfiguration configuration,
        IHostEnvironment environment
    )
    {
        var secure = HubsCookies.Secure(environment);
        builder.AddPolicyScheme(Selector, "Bearer for the API, cookie for pages", options =>
            options.ForwardDefaultSelector = context =>
                ApiRequests.UsesToken(context)
                    ? JwtBearerDefaults.AuthenticationScheme
                    : CookieAuthenticationDefaults.AuthenticationScheme
        );
        builder.AddCookie(options =>
        {
            options.Cookie.Name = CookieName;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.SecurePolicy = secure;
            options.ExpireTimeSpan = SessionLifetime;
            options.SlidingExpiration = false;
            options.ForwardChallenge = OpenIdConnectDefaults.AuthenticationScheme;
            // A page the person may not see is answered as if it did not exist.
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            };
            options.Events.OnValidatePrincipal = SessionRefresh.ValidateAsync;
        });
        builder.AddOpenIdConnect(options =>
        {
            options.Authority = configuration["Oidc:Authority"];
            options.ClientId = configuration["Oidc:ClientId"] ?? pages.ClientId;
            options.ClientSecret = configuration["Oidc:ClientSecret"];
            options.RequireHttpsMetadata = OidcSettings.RequireHttps(configuration, environment);
            options.ResponseType = OpenIdConnectResponseType.Code;
            options.UsePkce = true;
            // The code comes back on a plain redirect: form_post would need an inline auto-submitting
            // script, which the provider's Content-Security-Policy (rightly) refuses to run.
            options.ResponseMode = OpenIdConnectResponseMode.Query;
            options.Scope.Clear();
            foreach (var scope in new[] { "openid", "offline_access", pages.Scope })
            {
                options.Scope.Add(scope);
            }

            options.MapInboundClaims = false;
            options.GetClaimsFromUserInfoEndpoint = false;
            options.SaveTokens = true;
            options.TokenValidationParameters.NameClaimType = HubsClaimTypes.Subject;
            options.TokenValidationParameters.RoleClaimType = HubsClaimTypes.Role;
            options.CorrelationCookie.SameSite = SameSiteMode.Lax;
            options.CorrelationCookie.SecurePolicy = secure;
            options.NonceCookie.SameSite = SameSiteMode.Lax;
            options.NonceCookie.SecurePolicy = secure;
            options.Events.OnRedirectToIdentityProvider = context =>
            {
                if (pages.IsStaffPath(context.Properties.RedirectUri))
                {
                    context.ProtocolMessage.SetParameter(PageSignIn.StaffParameter, "true");
                }

                return Task.CompletedTask;
            };
        });
        return builder;
    }
}

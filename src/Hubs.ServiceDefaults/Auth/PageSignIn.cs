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
/// </summary>
public sealed record PageSignIn(string ClientId, string Scope);

internal static class PageSignInSchemes
{
    /// <summary>Picks bearer tokens for the API and the cookie session for pages, per request.</summary>
    public const string Selector = "hubs";

    public const string CookieName = "hubs-session";

    /// <summary>Pages signed in longer than this sign in again (the identity provider may still know them).</summary>
    public static readonly TimeSpan SessionLifetime = TimeSpan.FromHours(8);

    public static AuthenticationBuilder AddPageSchemes(this AuthenticationBuilder builder, PageSignIn pages, IConfiguration configuration, IHostEnvironment environment)
    {
        var secure = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        builder.AddPolicyScheme(Selector, "Bearer for the API, cookie for pages", options =>
            options.ForwardDefaultSelector = context => IsApiCall(context)
                ? JwtBearerDefaults.AuthenticationScheme
                : CookieAuthenticationDefaults.AuthenticationScheme);
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
        });
        return builder;
    }

    private static bool IsApiCall(HttpContext context) =>
        context.Request.Path.StartsWithSegments("/api")
        || context.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
}

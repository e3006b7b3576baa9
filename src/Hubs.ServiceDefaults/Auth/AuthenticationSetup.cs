using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hubs.ServiceDefaults.Auth;

public static class AuthenticationSetup
{
    /// <summary>
    /// Bearer tokens from any standards-compliant OIDC issuer (<c>Oidc:Authority</c>, <c>Oidc:Audience</c>):
    /// issuer, audience, lifetime and signature are checked against the issuer's published metadata.
    /// With <paramref name="pages"/>, pages also sign people in (cookie + OIDC code flow with PKCE) against
    /// the same issuer; API paths and bearer requests keep using tokens.
    /// With no issuer configured every token fails validation, so protected endpoints answer 401.
    /// </summary>
    public static IServiceCollection AddHubsAuthentication(
        this IServiceCollection services,
        IConfiguration configuration,
        IHostEnvironment environment,
        string defaultAudience,
        PageSignIn? pages = null
    )
    {
        var builder = services
            .AddAuthentication(pages is null ? JwtBearerDefaults.AuthenticationScheme : PageSignInSchemes.Selector)
            .AddJwtBearer(options =>
            {
                options.Authority = configuration["Oidc:Authority"];
                options.Audience = configuration["Oidc:Audience"] ?? defaultAudience;
                options.RequireHttpsMetadata = OidcSettings.RequireHttps(configuration, environment);
                options.MapInboundClaims = false;
                // Hubs tokens name roles in "role" and the person in "sub" (never a name or email).
                options.TokenValidationParameters.RoleClaimType = HubsClaimTypes.Role;
                options.TokenValidationParameters.NameClaimType = HubsClaimTypes.Subject;
                options.TokenValidationParameters.ClockSkew = TimeSpan.FromSeconds(30);
                // Each token's signature checked once per process while its issuer's keys stay the same.
                var handlers = options.TokenHandlers.ToList();
                options.TokenHandlers.Clear();
                foreach (var handler in handlers)
                {
                    options.TokenHandlers.Add(new ValidatedTokens(handler));
                }
            });
        if (pages is not null)
        {
            builder.AddPageSchemes(pages, configuration, environment);
        }

        services.AddAuthorization(HubsPolicies.Add);
        return services;
    }
}

using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hubs.ServiceDefaults.Auth;

public static class AuthenticationSetup
{
    /// <summary>
    /// Bearer tokens from any standards-compliant OIDC issuer (<c>Oidc:Authority</c>, <c>Oidc:Audience</c>).
    /// With no issuer configured every token fails validation, so protected endpoints answer 401.
    /// </summary>
    public static IServiceCollection AddHubsAuthentication(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment, string defaultAudience)
    {
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
            .AddJwtBearer(options =>
            {
                options.Authority = configuration["Oidc:Authority"];
                options.Audience = configuration["Oidc:Audience"] ?? defaultAudience;
                options.RequireHttpsMetadata = !environment.IsDevelopment();
                options.MapInboundClaims = false;
                // Hubs tokens name roles in "role" and the person in "sub" (never a name or email).
                options.TokenValidationParameters.RoleClaimType = HubsClaimTypes.Role;
                options.TokenValidationParameters.NameClaimType = HubsClaimTypes.Subject;
            });
        services.AddAuthorization(HubsPolicies.Add);
        return services;
    }

    /// <summary>
    /// Until sign-in lands, endpoints marked so are open only in the Development environment;
    /// every other environment requires an authenticated caller.
    /// </summary>
    public static RouteHandlerBuilder OpenInDevelopmentOnly(this RouteHandlerBuilder endpoint, IHostEnvironment environment) =>
        environment.IsDevelopment() ? endpoint.AllowAnonymous() : endpoint.RequireAuthorization();
}

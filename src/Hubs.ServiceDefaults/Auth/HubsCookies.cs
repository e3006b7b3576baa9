using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.CookiePolicy;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Hubs.ServiceDefaults.Auth;

/// <summary>
/// Every cookie a host sets, whoever sets it (sign-in, antiforgery, the Hub choice, ASP.NET Core Identity's): HttpOnly,
/// SameSite Lax at least (the sign-in callback from the identity provider must carry its correlation cookie), and
/// Secure everywhere but Development (plain HTTP on loopback). A form's antiforgery cookie is SameSite Strict.
/// Behind a proxy that ends TLS a request is https once the proxy is trusted (TrustedProxies, see HttpsPages).
/// </summary>
public static class HubsCookies
{
    public static CookieSecurePolicy Secure(IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
    }

    public static IServiceCollection AddHubsCookies(this IServiceCollection services, IHostEnvironment environment)
    {
        var secure = Secure(environment);
        services.AddAntiforgery(options =>
        {
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = secure;
        });
        return services.Configure<CookiePolicyOptions>(options =>
        {
            options.HttpOnly = HttpOnlyPolicy.Always;
            options.MinimumSameSitePolicy = SameSiteMode.Lax;
            options.Secure = secure;
        });
    }
}

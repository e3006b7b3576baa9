using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Hubs.ServiceDefaults.Auth;

/// <summary>Settings shared by bearer validation and page sign-in.</summary>
internal static class OidcSettings
{
    /// <summary>
    /// HTTPS metadata everywhere but Development, unless <c>Oidc:RequireHttpsMetadata</c> says otherwise
    /// (a private issuer reached over a service mesh that terminates TLS itself).
    /// </summary>
    public static bool RequireHttps(IConfiguration configuration, IHostEnvironment environment) =>
        configuration.GetValue<bool?>("Oidc:RequireHttpsMetadata") ?? !environment.IsDevelopment();
}

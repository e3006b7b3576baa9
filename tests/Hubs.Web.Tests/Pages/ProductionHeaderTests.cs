using Hubs.ServiceDefaults.Auth;
using Hubs.Testing;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Hubs.Web.Tests.Pages;

/// <summary>
/// Outside Development: HSTS on every response and the antiforgery cookie Secure, HttpOnly and SameSite=Strict.
/// </summary>
public sealed class ProductionHeaderTests
{
    [Fact]
    public async Task A_production_host_sends_hsts_and_only_secure_strict_http_only_cookies()
    {
        var database = await TestDatabase.CreateAsync();
        await using var vhost = await TestVirtualHost.CreateAsync();
        var settings = HubsSettings.Web(database, vhost, HubsSettings.NewLogFile("web-prod-pages"));
        // The test issuer is plain HTTP on loopback; production otherwise insists on HTTPS metadata.
        settings["Oidc:RequireHttpsMetadata"] = "false";
        await using var host = new TestHost<WebEntryPoint>(settings, environment: "Production");
        var client = host.CreateClient(
            new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") }
        );

        var response = await client.GetAsync(new Uri("/", UriKind.Relative));

        response.EnsureSuccessStatusCode();
        Assert.Equal(
            SecurityHeaders.StrictTransportSecurity,
            string.Join(",", response.Headers.GetValues("Strict-Transport-Security"))
        );
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
    }
}

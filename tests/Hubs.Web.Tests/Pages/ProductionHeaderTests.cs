using System.Net;
using Hubs.ServiceDefaults.Auth;
using Hubs.Testing;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Hubs.Web.Tests.Pages;

/// <summary>
/// Outside Development: HSTS on every response, the antiforgery cookie Secure, HttpOnly and SameSite=Strict, and the
/// sign-in's cookies Secure, HttpOnly and SameSite too. Behind a proxy that ends TLS, pages work once the proxy is
/// trusted (its X-Forwarded-Proto believed); a page over plain HTTP, or from a client sending its own
/// X-Forwarded-Proto, gets a plain refusal, never a 500.
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
        var cookie = Assert.Single(ProductionCookies.AssertSafe(response));
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        var signingIn = await host.CreateClient(
                new WebApplicationFactoryClientOptions
                {
                    BaseAddress = new Uri("https://localhost"),
                    AllowAutoRedirect = false,
                }
            )
            .GetAsync(new Uri("/clinic/triage", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, signingIn.StatusCode);
        ProductionCookies.AssertSafe(signingIn);
    }

    /// <summary>The proxy named by its address, or by a range as the deployments name it.</summary>
    [Theory]
    [InlineData("KnownProxies", TrustedProxy.Address)]
    [InlineData("KnownNetworks", "10.0.0.0/24")]
    public async Task Behind_a_trusted_tls_proxy_pages_work_and_plain_http_is_refused_plainly_whoever_says_https(
        string setting,
        string proxy
    )
    {
        var database = await TestDatabase.CreateAsync();
        await using var vhost = await TestVirtualHost.CreateAsync();
        var settings = HubsSettings.Web(database, vhost, HubsSettings.NewLogFile("web-prod-proxy"));
        settings["Oidc:RequireHttpsMetadata"] = "false";
        settings[$"ForwardedHeaders:{setting}:0"] = proxy;
        await using var host = new TestHost<WebEntryPoint>(settings, environment: "Production");
        var behind = TrustedProxy.Behind(host);
        var tls = TrustedProxy.From(behind, "203.0.113.40");
        tls.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        var spoofing = TrustedProxy.Direct(behind, "198.51.100.40");
        spoofing.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        spoofing.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.41");

        var page = await tls.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("secure", page.Headers.GetValues("Set-Cookie").Single(), StringComparison.OrdinalIgnoreCase);
        foreach (var plain in new[] { TrustedProxy.From(behind, "203.0.113.42"), spoofing })
        {
            var refused = await plain.GetAsync(new Uri("/", UriKind.Relative));
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Equal(HttpsPages.Refusal, await refused.Content.ReadAsStringAsync());
            Assert.False(refused.Headers.Contains("Set-Cookie"));
        }
    }
}

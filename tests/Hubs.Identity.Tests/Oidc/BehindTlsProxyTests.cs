using System.Net;
using System.Text.Json;
using Hubs.Identity;
using Hubs.ServiceDefaults.Auth;
using Hubs.Testing;

namespace Hubs.Identity.Tests.Oidc;

/// <summary>
/// Identity as deployed (Production, no Oidc:Issuer set, so the issuer is the address asked for) behind a proxy that
/// ends TLS and is trusted (ForwardedHeaders:KnownProxies): discovery names https addresses and the sign-in page sets
/// only Secure, HttpOnly, SameSite cookies. Plain HTTP through the proxy, or a client of its own claiming https, gets a
/// plain refusal on the pages and OpenIddict's on the protocol, never a 500 and never an http issuer.
/// </summary>
public sealed class BehindTlsProxyTests
{
    [Fact]
    public async Task Behind_a_trusted_tls_proxy_the_issuer_is_https_and_plain_http_is_refused()
    {
        var database = await TestDatabase.CreateAsync();
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Identity"] = database.Identity,
            ["Email:PickupDirectory"] = Path.Combine(
                Path.GetTempPath(),
                "hubs-test-mail",
                Guid.NewGuid().ToString("N")
            ),
            ["Logging:JsonFile"] = HubsSettings.NewLogFile("identity-behind-proxy"),
            ["Oidc:KeyPassword"] = "development-only",
            ["ForwardedHeaders:KnownProxies:0"] = TrustedProxy.Address,
        };
        // The schema and signing keys, as the operator's migrate makes them: a Development host's first start.
        var development = new Dictionary<string, string?>(settings) { ["Hubs:Schema:AutoCreate"] = "true" };
        await using (var first = new TestHost<IdentityEntryPoint>(development))
        {
            (
                await first.CreateClient().GetAsync(new Uri("/.well-known/jwks", UriKind.Relative))
            ).EnsureSuccessStatusCode();
        }

        await using var host = new TestHost<IdentityEntryPoint>(settings, environment: "Production");
        var behind = TrustedProxy.Behind(host);
        var tls = TrustedProxy.From(behind, "203.0.113.50");
        tls.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        var spoofing = TrustedProxy.Direct(behind, "198.51.100.50");
        spoofing.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        var discovery = JsonDocument
            .Parse(await tls.GetStringAsync(new Uri("/.well-known/openid-configuration", UriKind.Relative)))
            .RootElement;
        var signIn = await tls.GetAsync(new Uri("/account/sign-in", UriKind.Relative));

        Assert.StartsWith("https://", discovery.GetProperty("issuer").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("https://", discovery.GetProperty("token_endpoint").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        ProductionCookies.AssertSafe(signIn);
        foreach (var plain in new[] { TrustedProxy.From(behind, "203.0.113.51"), spoofing })
        {
            var page = await plain.GetAsync(new Uri("/account/sign-in", UriKind.Relative));
            Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
            Assert.Equal(HttpsPages.Refusal, await page.Content.ReadAsStringAsync());
            var protocol = await plain.GetAsync(new Uri("/.well-known/openid-configuration", UriKind.Relative));
            Assert.Equal(HttpStatusCode.BadRequest, protocol.StatusCode);
            Assert.DoesNotContain("http://", await protocol.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }
}

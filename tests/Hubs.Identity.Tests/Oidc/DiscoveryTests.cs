using System.Text.Json;

namespace Hubs.Identity.Tests.Oidc;

public class DiscoveryTests(IdentityHostFixture fixture) : IClassFixture<IdentityHostFixture>
{
    [Fact]
    public async Task Discovery_offers_code_flow_with_S256_only_refresh_client_credentials_and_end_session()
    {
        var json = await fixture.NewBrowser().GetStringAsync("/.well-known/openid-configuration");
        var discovery = JsonDocument.Parse(json).RootElement;

        Assert.Equal(["S256"], Jwt.Values(discovery, "code_challenge_methods_supported"));
        Assert.Superset(
            new HashSet<string> { "authorization_code", "refresh_token", "client_credentials" },
            Jwt.Values(discovery, "grant_types_supported").ToHashSet()
        );
        Assert.DoesNotContain("password", Jwt.Values(discovery, "grant_types_supported"));
        Assert.EndsWith("/connect/endsession", discovery.GetProperty("end_session_endpoint").GetString());
        Assert.Contains("feeds.read", Jwt.Values(discovery, "scopes_supported"));
    }

    [Fact]
    public async Task The_published_keys_are_the_stored_RSA_signing_certificates()
    {
        var jwks = JsonDocument.Parse(await fixture.NewBrowser().GetStringAsync("/.well-known/jwks")).RootElement;

        var key = Assert.Single(jwks.GetProperty("keys").EnumerateArray());
        Assert.Equal("RSA", key.GetProperty("kty").GetString());
        Assert.True(key.TryGetProperty("x5c", out _));
    }
}

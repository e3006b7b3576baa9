using System.Net;
using System.Text.Json;

namespace Hubs.Identity.Tests.Oidc;

public class ClientCredentialsTests(IdentityHostFixture fixture) : IClassFixture<IdentityHostFixture>
{
    private Task<HttpResponseMessage> RequestAsync(string secret, string scope = "feeds.read") =>
        fixture
            .NewBrowser()
            .PostAsync(
                "/connect/token",
                new FormUrlEncodedContent(
                    new Dictionary<string, string>
                    {
                        ["grant_type"] = "client_credentials",
                        ["client_id"] = "demo-feed",
                        ["client_secret"] = secret,
                        ["scope"] = scope,
                    }
                )
            );

    [Fact]
    public async Task The_demo_feed_client_gets_an_Insights_token_for_feeds_read_of_its_hubs()
    {
        var response = await RequestAsync(fixture.Client("demo-feed").ClientSecret!);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = JsonDocument
            .Parse(await response.Content.ReadAsStringAsync())
            .RootElement.GetProperty("access_token")
            .GetString()!;
        var payload = Jwt.Payload(token);
        Assert.Equal("demo-feed", payload.GetProperty("sub").GetString());
        Assert.Equal(["feeds.read"], Jwt.Values(payload, "scope"));
        Assert.Equal(["hubs-insights"], Jwt.Values(payload, "aud"));
        Assert.Equal(["north", "south"], Jwt.Values(payload, "hub").Order());
    }

    [Fact]
    public async Task A_wrong_secret_is_refused()
    {
        var response = await RequestAsync("not-the-secret");

        Assert.False(response.IsSuccessStatusCode);
        Assert.Contains("invalid_client", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_scope_the_client_was_not_granted_is_refused()
    {
        var response = await RequestAsync(fixture.Client("demo-feed").ClientSecret!, "hubs.web");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}

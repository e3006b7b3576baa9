using System.Net;
using System.Text.Json;
using Hubs.ServiceDefaults.Auth;

namespace Hubs.Identity.Tests.KeyworkerAccounts;

/// <summary>
/// Only a token for accounts.register opens the API; a site client gets that scope, and nothing else, without a person.
/// </summary>
public class AccountsApiAccessTests(IdentityHostFixture fixture) : IClassFixture<IdentityHostFixture>
{
    private static readonly object Body = new
    {
        email = "access-check@example.test",
        password = "access check passphrase",
    };

    private string Secret(string clientId) => fixture.Client(clientId).ClientSecret!;

    [Fact]
    public async Task No_token_or_a_tampered_token_is_401_with_a_problem_body()
    {
        var client = fixture.NewBrowser();
        var token = await AccountsApi.TokenAsync(client, "hubs-web", Secret("hubs-web"), HubsScopes.AccountsRegister);

        var none = await AccountsApi.PostAsync(client, null, Body);
        var tampered = await AccountsApi.PostAsync(client, token[..^4] + "AAAA", Body);

        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, tampered.StatusCode);
        Assert.Equal("application/problem+json", none.Content.Headers.ContentType?.MediaType);
        Assert.Null(
            await AccountsApi.WithUsersAsync(fixture.Host.Services, users =>
                users.FindByEmailAsync("access-check@example.test")
            )
        );
    }

    [Fact]
    public async Task The_feed_clients_token_is_403()
    {
        var client = fixture.NewBrowser();
        var token = await AccountsApi.TokenAsync(client, "demo-feed", Secret("demo-feed"), HubsScopes.FeedsRead);

        var response = await AccountsApi.PostAsync(client, token, Body);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Null(
            await AccountsApi.WithUsersAsync(fixture.Host.Services, users =>
                users.FindByEmailAsync("access-check@example.test")
            )
        );
    }

    [Fact]
    public async Task The_Web_clients_service_token_is_for_Identity_only()
    {
        var token = await AccountsApi.TokenAsync(
            fixture.NewBrowser(),
            "hubs-web",
            Secret("hubs-web"),
            HubsScopes.AccountsRegister
        );

        var payload = Jwt.Payload(token);
        Assert.Equal("hubs-web", payload.GetProperty("sub").GetString());
        Assert.Equal([HubsScopes.IdentityAudience], Jwt.Values(payload, "aud"));
        Assert.Equal([HubsScopes.AccountsRegister], Jwt.Values(payload, "scope"));
        Assert.Empty(Jwt.Values(payload, "role"));
    }

    [Theory]
    [InlineData("hubs-web", "hubs.web")]
    [InlineData("hubs-web", "openid")]
    [InlineData("hubs-web", "accounts.register hubs.web")]
    [InlineData("hubs-web", "")]
    [InlineData("demo-feed", "accounts.register")]
    [InlineData("hubs-insights", "accounts.register")]
    [InlineData("hubs-insights", "hubs.insights")]
    public async Task Client_credentials_outside_the_clients_service_scopes_are_refused(string clientId, string scope)
    {
        var response = await AccountsApi.RequestTokenAsync(fixture.NewBrowser(), clientId, Secret(clientId), scope);

        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, text);
        var body = JsonDocument.Parse(text).RootElement;
        Assert.False(body.TryGetProperty("access_token", out _));
        Assert.True(
            body.GetProperty("error").GetString() is "invalid_scope" or "invalid_request" or "unauthorized_client",
            text
        );
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_a_400_problem_without_internals()
    {
        var client = fixture.NewBrowser();
        var token = await AccountsApi.TokenAsync(client, "hubs-web", Secret("hubs-web"), HubsScopes.AccountsRegister);
        using var request = new HttpRequestMessage(HttpMethod.Post, AccountsApi.Path)
        {
            Content = new StringContent("{ \"email\": ", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Exception", body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", body, StringComparison.Ordinal);
    }
}

using System.Net;
using System.Net.Http.Headers;
using Hubs.Identity.Testing;
using Hubs.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;

namespace Hubs.Identity.Tests.Oidc;

/// <summary>
/// An API configured exactly as Hubs.Insights is (ServiceDefaults' AddHubsAuthentication, issuer from
/// Oidc:Authority), fetching discovery and keys from the live Identity host over HTTP.
/// </summary>
public class ResourceServerTests(LiveIdentityFixture identity) : IClassFixture<LiveIdentityFixture>
{
    private async Task<HttpClient> FeedApiAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(
            new Dictionary<string, string?> { ["Oidc:Authority"] = identity.BaseUrl.ToString() }
        );
        builder.Services.AddHubsAuthentication(builder.Configuration, builder.Environment, HubsScopes.InsightsAudience);
        var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapGet("/feed", () => Results.Ok()).RequireAuthorization(HubsPolicies.FeedReader);
        await app.StartAsync();
        return app.GetTestClient();
    }

    private async Task<HttpStatusCode> CallAsync(string? token)
    {
        using var api = await FeedApiAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/feed");
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return (await api.SendAsync(request)).StatusCode;
    }

    private async Task<string> FeedTokenAsync()
    {
        using var client = new HttpClient { BaseAddress = identity.BaseUrl };
        return await Tokens.FeedTokenAsync(
            client,
            identity.Demo.Clients.Single(c => c.ClientId == "demo-feed").ClientSecret!
        );
    }

    [Fact]
    public async Task The_feed_client_token_opens_the_feed()
    {
        Assert.Equal(HttpStatusCode.OK, await CallAsync(await FeedTokenAsync()));
    }

    [Fact]
    public async Task A_keyworker_token_for_the_Web_audience_is_refused_by_the_Insights_API()
    {
        var keyworker = identity.Account(HubsRoles.Keyworker);
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true })
        {
            BaseAddress = identity.BaseUrl,
        };
        var pkce = Pkce.New();
        var afterSignIn = await browser.FollowAsync(
            await browser.SignInAsync(keyworker.Email, keyworker.Password, CodeFlow.AuthorizeUrl(pkce))
        );
        var (_, tokens) = await CodeFlow.RedeemAsync(browser, CodeFlow.CodeFrom(afterSignIn)!, pkce.Verifier);

        Assert.Equal(HttpStatusCode.Unauthorized, await CallAsync(tokens.GetProperty("access_token").GetString()));
    }

    [Fact]
    public async Task No_token_or_a_tampered_token_is_refused()
    {
        var token = await FeedTokenAsync();
        var parts = token.Split('.');

        Assert.Equal(HttpStatusCode.Unauthorized, await CallAsync(null));
        Assert.Equal(HttpStatusCode.Unauthorized, await CallAsync($"{parts[0]}.{parts[1]}.{parts[2][..^4]}AAAA"));
    }
}

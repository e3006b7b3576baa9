using System.Net;
using System.Text.Json;
using Hubs.Identity.Demo;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Hubs.Identity.Tests.Accounts;

/// <summary>
/// Guessing at the account forms and the token endpoint is slowed per client address (issue #15, item 7).
/// </summary>
public sealed class RateLimitTests : IAsyncLifetime
{
    private TestHost<IdentityEntryPoint> host = null!;

    public async Task InitializeAsync()
    {
        var database = await TestDatabase.CreateAsync();
        host = new TestHost<IdentityEntryPoint>(
            new Dictionary<string, string?>
            {
                ["ConnectionStrings:Identity"] = database.Identity,
                ["Hubs:Schema:AutoCreate"] = "true",
                ["Email:PickupDirectory"] = Path.Combine(
                    Path.GetTempPath(),
                    "hubs-test-mail",
                    Guid.NewGuid().ToString("N")
                ),
                ["Logging:JsonFile"] = HubsSettings.NewLogFile("identity-rate"),
                ["RateLimits:AccountFormPostsPerMinute"] = "3",
                ["RateLimits:TokenRequestsPerMinute"] = "3",
            },
            clock: MidMinuteClock.Create()
        );
        await DemoSeeder.RunAsync(host.Services, null, TextWriter.Null);
    }

    public async Task DisposeAsync() => await host.DisposeAsync();

    [Fact]
    public async Task The_fourth_sign_in_in_a_minute_gets_a_friendly_page_with_when_to_try_again()
    {
        var browser = host.CreateClient(
            new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }
        );
        for (var attempt = 0; attempt < 3; attempt++)
        {
            Assert.Equal(
                HttpStatusCode.OK,
                (await browser.SignInAsync("someone@example.test", "wrong horse battery")).StatusCode
            );
        }

        var slowed = await browser.SignInAsync("someone@example.test", "wrong horse battery");

        Assert.Equal(HttpStatusCode.TooManyRequests, slowed.StatusCode);
        Assert.True(slowed.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal("text/html", slowed.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Too many attempts", await slowed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/account/sign-in")).StatusCode);
    }

    [Fact]
    public async Task Without_a_trusted_proxy_a_forwarded_for_header_does_not_give_a_client_a_fresh_count()
    {
        var forwards = 0;
        async Task<HttpResponseMessage> Attempt()
        {
            var browser = host.CreateClient(
                new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }
            );
            browser.DefaultRequestHeaders.Add("X-Forwarded-For", $"203.0.113.{++forwards}");
            return await browser.SignInAsync($"someone-{Guid.NewGuid():N}@example.test", "wrong horse battery");
        }

        for (var attempt = 0; attempt < 3; attempt++)
        {
            Assert.Equal(HttpStatusCode.OK, (await Attempt()).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, (await Attempt()).StatusCode);
    }

    [Fact]
    public async Task The_fourth_token_request_in_a_minute_gets_429_problem_details()
    {
        var client = host.CreateClient();
        Task<HttpResponseMessage> Post() =>
            client.PostAsync(
                "/connect/token",
                new FormUrlEncodedContent(
                    new Dictionary<string, string>
                    {
                        ["grant_type"] = "client_credentials",
                        ["client_id"] = "demo-feed",
                        ["client_secret"] = "wrong",
                    }
                )
            );
        for (var attempt = 0; attempt < 3; attempt++)
        {
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await Post()).StatusCode);
        }

        var slowed = await Post();

        Assert.Equal(HttpStatusCode.TooManyRequests, slowed.StatusCode);
        Assert.Equal("application/problem+json", slowed.Content.Headers.ContentType?.MediaType);
        Assert.Equal(
            429,
            JsonDocument.Parse(await slowed.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetInt32()
        );
    }
}

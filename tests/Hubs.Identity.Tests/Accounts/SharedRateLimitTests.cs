using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Hubs.Identity.Tests.Accounts;

/// <summary>
/// The limits hold across replicas (counted in the database), per client address and per account: guessing one
/// account from many addresses, or many accounts from one address, is slowed alike (issue #15, item 7).
/// </summary>
public sealed class SharedRateLimitTests(RateLimitReplicas replicas) : IClassFixture<RateLimitReplicas>
{
    private const string Wrong = "wrong horse battery";

    [Fact]
    public async Task Two_replicas_share_one_count_and_the_fourth_attempt_gets_a_plain_page_with_when_to_try_again()
    {
        var (address, email) = (NewAddress(), NewEmail());
        var first = RateLimitReplicas.From(replicas.First, address);
        var second = RateLimitReplicas.From(replicas.Second, address);
        Assert.Equal(HttpStatusCode.OK, (await first.SignInAsync(email, Wrong)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await first.SignInAsync(email, Wrong)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await second.SignInAsync(email, Wrong)).StatusCode);

        var slowed = await second.SignInAsync(email, Wrong);

        Assert.Equal(HttpStatusCode.TooManyRequests, slowed.StatusCode);
        Assert.InRange(
            slowed.Headers.RetryAfter?.Delta ?? TimeSpan.Zero,
            TimeSpan.FromSeconds(1),
            TimeSpan.FromSeconds(60)
        );
        Assert.Equal("text/html", slowed.Content.Headers.ContentType?.MediaType);
        var page = await slowed.Content.ReadAsStringAsync();
        Assert.Contains("Too many attempts", page, StringComparison.Ordinal);
        Assert.Contains("Wait a minute", page, StringComparison.Ordinal);
        foreach (var internals in new[] { "Exception", "Npgsql", "rate_limit", " at Hubs." })
        {
            Assert.DoesNotContain(internals, page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task One_account_tried_from_many_addresses_is_limited_but_another_from_the_last_address_is_not()
    {
        var email = NewEmail();
        for (var attempt = 0; attempt < RateLimitReplicas.Limit; attempt++)
        {
            var host = attempt % 2 == 0 ? replicas.First : replicas.Second;
            Assert.Equal(
                HttpStatusCode.OK,
                (await RateLimitReplicas.From(host, NewAddress()).SignInAsync(email, Wrong)).StatusCode
            );
        }

        var last = RateLimitReplicas.From(replicas.Second, NewAddress());

        Assert.Equal(
            HttpStatusCode.TooManyRequests,
            (await last.SignInAsync(" " + email.ToUpperInvariant(), Wrong)).StatusCode
        );
        Assert.Equal(HttpStatusCode.OK, (await last.SignInAsync(NewEmail(), Wrong)).StatusCode);
    }

    [Fact]
    public async Task Many_accounts_tried_from_one_address_are_limited_on_any_replica()
    {
        var address = NewAddress();
        for (var attempt = 0; attempt < RateLimitReplicas.Limit; attempt++)
        {
            Assert.Equal(
                HttpStatusCode.OK,
                (await RateLimitReplicas.From(replicas.First, address).SignInAsync(NewEmail(), Wrong)).StatusCode
            );
        }

        var register = await RateLimitReplicas
            .From(replicas.Second, address)
            .SubmitAsync(
                "/account/register",
                new Dictionary<string, string> { ["Email"] = NewEmail(), ["Password"] = "a long enough passphrase 42" }
            );

        Assert.Equal(HttpStatusCode.TooManyRequests, register.StatusCode);
        Assert.Equal(
            HttpStatusCode.OK,
            (await RateLimitReplicas.From(replicas.Second, NewAddress()).SignInAsync(NewEmail(), Wrong)).StatusCode
        );
    }

    [Fact]
    public async Task Token_requests_are_limited_per_client_across_addresses_and_answered_with_problem_details()
    {
        var client = "probe-" + Guid.NewGuid().ToString("N");
        for (var attempt = 0; attempt < RateLimitReplicas.Limit; attempt++)
        {
            Assert.NotEqual(
                HttpStatusCode.TooManyRequests,
                (await TokenAsync(replicas.First, NewAddress(), client)).StatusCode
            );
        }

        var address = NewAddress();
        var slowed = await TokenAsync(replicas.Second, address, client);

        Assert.Equal(HttpStatusCode.TooManyRequests, slowed.StatusCode);
        Assert.True(slowed.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        Assert.Equal("application/problem+json", slowed.Content.Headers.ContentType?.MediaType);
        Assert.Equal(
            429,
            JsonDocument.Parse(await slowed.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetInt32()
        );
        Assert.NotEqual(
            HttpStatusCode.TooManyRequests,
            (await TokenAsync(replicas.Second, address, "probe-other")).StatusCode
        );
    }

    private static Task<HttpResponseMessage> TokenAsync(
        WebApplicationFactory<IdentityEntryPoint> host,
        string address,
        string clientId
    ) =>
        RateLimitReplicas
            .From(host, address)
            .PostAsync(
                "/connect/token",
                new FormUrlEncodedContent(
                    new Dictionary<string, string>
                    {
                        ["grant_type"] = "client_credentials",
                        ["client_id"] = clientId,
                        ["client_secret"] = "wrong",
                    }
                )
            );

    private static int addresses;

    /// <summary>
    /// A client address, as the proxy appends it to whatever the client sent (only the last hop is believed).
    /// </summary>
    private static string NewAddress() => $"192.0.2.7, 203.0.113.{Interlocked.Increment(ref addresses)}";

    private static string NewEmail() => $"someone-{Guid.NewGuid():N}@example.test";
}

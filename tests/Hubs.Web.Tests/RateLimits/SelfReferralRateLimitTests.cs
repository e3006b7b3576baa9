using System.Net;
using System.Text.Json;
using Hubs.Testing;
using Hubs.Testing.Auth;
using Hubs.Web.Features.Journeys.SubmittingSelfReferral;
using Hubs.Web.Tests.Clinic;
using Hubs.Web.Tests.Journeys;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Web.Tests.RateLimits;

/// <summary>
/// Sending self-referrals (the form's account step and POST /api/journeys) is limited per client address and per
/// account, counted in the database so two replicas allow the limit once (issue #15, item 7).
/// </summary>
public sealed class SelfReferralRateLimitTests(WebReplicas replicas) : IClassFixture<WebReplicas>
{
    [Fact]
    public async Task One_keyworker_referring_from_many_addresses_on_two_replicas_is_limited_with_problem_details()
    {
        var keyworker = TestPrincipal.Keyworker();
        for (var attempt = 0; attempt < WebReplicas.Limit; attempt++)
        {
            var host = attempt % 2 == 0 ? replicas.First : replicas.Second;
            Assert.Equal(
                HttpStatusCode.Created,
                (await ReferAsync(host, WebReplicas.NewAddress(), keyworker)).StatusCode
            );
        }

        var address = WebReplicas.NewAddress();
        var slowed = await ReferAsync(replicas.Second, address, keyworker);

        Assert.Equal(HttpStatusCode.TooManyRequests, slowed.StatusCode);
        Assert.InRange(
            slowed.Headers.RetryAfter?.Delta ?? TimeSpan.Zero,
            TimeSpan.FromSeconds(1),
            TimeSpan.FromSeconds(60)
        );
        Assert.Equal("application/problem+json", slowed.Content.Headers.ContentType?.MediaType);
        Assert.Equal(
            429,
            JsonDocument.Parse(await slowed.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetInt32()
        );
        Assert.Equal(
            HttpStatusCode.Created,
            (await ReferAsync(replicas.First, address, TestPrincipal.Keyworker())).StatusCode
        );
    }

    [Fact]
    public async Task Many_keyworkers_referring_from_one_address_are_limited()
    {
        var address = WebReplicas.NewAddress();
        for (var attempt = 0; attempt < WebReplicas.Limit; attempt++)
        {
            Assert.Equal(
                HttpStatusCode.Created,
                (await ReferAsync(replicas.First, address, TestPrincipal.Keyworker())).StatusCode
            );
        }

        Assert.Equal(
            HttpStatusCode.TooManyRequests,
            (await ReferAsync(replicas.Second, address, TestPrincipal.Keyworker())).StatusCode
        );
    }

    [Fact]
    public async Task A_client_that_is_not_the_proxy_cannot_pick_its_address_by_sending_forwarded_headers()
    {
        var peer = WebReplicas.NewAddress().Split(", ")[1];
        for (var attempt = 0; attempt <= WebReplicas.Limit; attempt++)
        {
            var client = TrustedProxy.Direct(attempt % 2 == 0 ? replicas.First : replicas.Second, peer);
            client.DefaultRequestHeaders.Add("X-Forwarded-For", WebReplicas.NewAddress());
            var sent = await client.PostAsKeyworkerAsync("/api/journeys", Referrals.Valid(), TestPrincipal.Keyworker());
            Assert.Equal(
                attempt < WebReplicas.Limit ? HttpStatusCode.Created : HttpStatusCode.TooManyRequests,
                sent.StatusCode
            );
        }
    }

    [Fact]
    public async Task Sending_one_draft_from_many_addresses_is_limited_with_a_plain_page()
    {
        var draft = await DraftAsync("Sam.Example@example.test");
        for (var attempt = 0; attempt < WebReplicas.Limit; attempt++)
        {
            var sent = await SendAsync(
                attempt % 2 == 0 ? replicas.First : replicas.Second,
                WebReplicas.NewAddress(),
                draft
            );
            Assert.NotEqual(HttpStatusCode.TooManyRequests, sent.Status);
        }

        var slowed = await SendAsync(replicas.Second, WebReplicas.NewAddress(), draft);

        Assert.Equal(HttpStatusCode.TooManyRequests, slowed.Status);
        Assert.Contains("Too many attempts", slowed.Html, StringComparison.Ordinal);
        Assert.Contains("Wait a minute", slowed.Html, StringComparison.Ordinal);
        foreach (var internals in new[] { "Exception", "Npgsql", "rate_limit", " at Hubs." })
        {
            Assert.DoesNotContain(internals, slowed.Html, StringComparison.Ordinal);
        }
    }

    private static Task<HttpResponseMessage> ReferAsync(
        WebApplicationFactory<WebEntryPoint> host,
        string address,
        TestPrincipal keyworker
    ) => WebReplicas.From(host, address).PostAsKeyworkerAsync("/api/journeys", Referrals.Valid(), keyworker);

    private static Task<PageResult> SendAsync(
        WebApplicationFactory<WebEntryPoint> host,
        string address,
        Guid draftId
    ) =>
        new PageClient(WebReplicas.From(host, address)).SubmitAsync(
            $"/refer/{draftId}/account",
            new Dictionary<string, string> { ["Password"] = "harbour lantern copper meadow" }
        );

    private async Task<Guid> DraftAsync(string email)
    {
        await using var scope = replicas.First.Services.CreateAsyncScope();
        var drafts = scope.ServiceProvider.GetRequiredService<DraftStore>();
        var draft = await drafts.CreateAsync(CancellationToken.None);
        draft.Email = email;
        await drafts.SaveAsync(draft, CancellationToken.None);
        return draft.Id;
    }
}

using System.Net;
using System.Net.Http.Headers;
using Hubs.ServiceDefaults.Auth;
using Hubs.Testing.Auth;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hubs.Web.Tests.Authorization;

/// <summary>
/// Each token's check is kept for a while (Hubs.ServiceDefaults/Auth/ValidatedTokens.cs); keeping it must never let in
/// a token that a fresh check would refuse, and must not care about the host's own clock.
/// </summary>
public sealed class ValidatedTokenCacheTests(WebHostFixture web) : IClassFixture<WebHostFixture>
{
    private static readonly TestPrincipal Lead = TestPrincipal.HubLead("north");

    [Fact]
    public async Task The_host_keeps_an_accepted_tokens_check_and_never_a_refused_ones()
    {
        var kept = web
            .Host.Services.GetRequiredService<IOptionsMonitor<JwtBearerOptions>>()
            .Get(JwtBearerDefaults.AuthenticationScheme)
            .TokenHandlers.OfType<ValidatedTokens>()
            .Single();
        var before = kept.Count;

        Assert.Equal(HttpStatusCode.OK, await TriageWithAsync(TestIssuer.Shared.Mint(Lead)));
        Assert.Equal(before + 1, kept.Count);
        var otherAudience = TestIssuer.Shared.Mint(Lead, audience: "hubs-insights");
        Assert.Equal(HttpStatusCode.Unauthorized, await TriageWithAsync(otherAudience));
        Assert.Equal(before + 1, kept.Count);
    }

    [Fact]
    public async Task A_token_accepted_before_is_refused_once_its_lifetime_has_passed()
    {
        // Expired 20 s ago: still inside the 30 s the issuer's and the host's clocks may differ by, for 10 s more.
        var expired = DateTimeOffset.UtcNow.AddSeconds(-20);
        var token = TestIssuer.Shared.Mint(Lead, lifetime: TimeSpan.FromMinutes(5), now: expired.AddMinutes(-5));
        Assert.Equal(HttpStatusCode.OK, await TriageWithAsync(token));
        Assert.Equal(HttpStatusCode.OK, await TriageWithAsync(token));

        var refusedFrom = expired.AddSeconds(31);
        await Task.Delay(refusedFrom - DateTimeOffset.UtcNow);

        Assert.Equal(HttpStatusCode.Unauthorized, await TriageWithAsync(token));
    }

    [Fact]
    public async Task A_token_from_the_real_clock_is_accepted_by_a_host_whose_clock_was_moved_on()
    {
        var token = TestIssuer.Shared.Mint(Lead);
        web.Clock.Advance(TimeSpan.FromDays(1));

        Assert.Equal(HttpStatusCode.OK, await TriageWithAsync(token));
        Assert.Equal(HttpStatusCode.OK, await TriageWithAsync(token));
    }

    [Fact]
    public async Task A_tampered_copy_of_an_accepted_token_is_refused()
    {
        var genuine = TestIssuer.Shared.Mint(Lead).Split('.');
        Assert.Equal(HttpStatusCode.OK, await TriageWithAsync(string.Join('.', genuine)));

        var otherPayload = TestIssuer.Shared.Mint(TestPrincipal.HubLead("south")).Split('.')[1];
        Assert.Equal(HttpStatusCode.Unauthorized, await TriageWithAsync($"{genuine[0]}.{otherPayload}.{genuine[2]}"));
        Assert.Equal(HttpStatusCode.Unauthorized, await TriageWithAsync($"{genuine[0]}.{genuine[1]}."));
    }

    [Fact]
    public async Task Another_callers_token_is_judged_as_their_own()
    {
        Assert.Equal(HttpStatusCode.OK, await TriageWithAsync(TestIssuer.Shared.Mint(Lead)));

        Assert.Equal(
            HttpStatusCode.Forbidden,
            await TriageWithAsync(TestIssuer.Shared.Mint(TestPrincipal.HubLead("south")))
        );
    }

    private async Task<HttpStatusCode> TriageWithAsync(string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/triage?hubId=north");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return (await web.Client.SendAsync(request)).StatusCode;
    }
}

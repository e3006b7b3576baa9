using System.Net;
using System.Net.Http.Headers;
using Hubs.Testing.Auth;

namespace Hubs.Web.Tests.Authorization;

/// <summary>
/// A token's signature is checked once and the result kept (Hubs.ServiceDefaults/Auth/ValidatedTokens.cs); keeping it
/// must never let a token in that a fresh check would refuse.
/// </summary>
public sealed class ValidatedTokenCacheTests(WebHostFixture web) : IClassFixture<WebHostFixture>
{
    private static readonly TestPrincipal Lead = TestPrincipal.HubLead("north");

    [Fact]
    public async Task A_token_accepted_before_is_refused_once_it_has_expired()
    {
        var token = TestIssuer.Shared.Mint(Lead, lifetime: TimeSpan.FromMinutes(5));
        Assert.Equal(HttpStatusCode.OK, await TriageWithAsync(token));
        Assert.Equal(HttpStatusCode.OK, await TriageWithAsync(token));

        web.Clock.Advance(TimeSpan.FromMinutes(10));

        Assert.Equal(HttpStatusCode.Unauthorized, await TriageWithAsync(token));
    }

    [Fact]
    public async Task A_token_accepted_before_still_names_its_own_caller()
    {
        var other = TestPrincipal.HubLead("south");
        var token = TestIssuer.Shared.Mint(Lead);
        Assert.Equal(HttpStatusCode.OK, await TriageWithAsync(token));

        // The same Hub's list for the same token again, and another Hub's list for another Hub's lead's token.
        Assert.Equal(HttpStatusCode.OK, await TriageWithAsync(token));
        Assert.Equal(HttpStatusCode.Forbidden, await TriageWithAsync(TestIssuer.Shared.Mint(other)));
    }

    private async Task<HttpStatusCode> TriageWithAsync(string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/triage?hubId=north");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return (await web.Client.SendAsync(request)).StatusCode;
    }
}

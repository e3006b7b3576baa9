using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using Hubs.Testing.Auth;
using Microsoft.IdentityModel.Tokens;

namespace Hubs.Web.Tests.Authorization;

/// <summary>The API takes only a token its issuer signed, for this API, still in date.</summary>
public sealed class TokenAbuseTests(WebHostFixture web) : IClassFixture<WebHostFixture>
{
    private static readonly TestPrincipal Lead = TestPrincipal.HubLead("north");

    [Fact]
    public async Task A_good_token_is_accepted()
    {
        Assert.Equal(HttpStatusCode.OK, await TriageWithAsync(TestIssuer.Shared.Mint(Lead)));
    }

    [Fact]
    public async Task A_token_for_another_audience_is_refused()
    {
        Assert.Equal(
            HttpStatusCode.Unauthorized,
            await TriageWithAsync(TestIssuer.Shared.Mint(Lead, audience: "hubs-insights"))
        );
    }

    [Fact]
    public async Task An_expired_token_is_refused()
    {
        var token = TestIssuer.Shared.Mint(
            Lead,
            lifetime: TimeSpan.FromMinutes(5),
            now: DateTimeOffset.UtcNow.AddMinutes(-20)
        );

        Assert.Equal(HttpStatusCode.Unauthorized, await TriageWithAsync(token));
    }

    [Fact]
    public async Task A_token_with_a_tampered_payload_is_refused()
    {
        var parts = TestIssuer.Shared.Mint(TestPrincipal.Clinician("south")).Split('.');
        var otherPayload = TestIssuer.Shared.Mint(Lead).Split('.')[1];

        Assert.Equal(HttpStatusCode.Unauthorized, await TriageWithAsync($"{parts[0]}.{otherPayload}.{parts[2]}"));
    }

    [Fact]
    public async Task A_token_signed_with_a_key_the_issuer_never_published_is_refused()
    {
        using var rsa = RSA.Create(2048);
        var forged = TestIssuer.Shared.Mint(Lead, signWith: new RsaSecurityKey(rsa) { KeyId = "test-issuer-key" });

        Assert.Equal(HttpStatusCode.Unauthorized, await TriageWithAsync(forged));
    }

    [Fact]
    public async Task An_unsigned_token_is_refused()
    {
        var parts = TestIssuer.Shared.Mint(Lead).Split('.');
        var header = Base64UrlEncoder.Encode("{\"alg\":\"none\",\"typ\":\"at+jwt\"}");

        Assert.Equal(HttpStatusCode.Unauthorized, await TriageWithAsync($"{header}.{parts[1]}."));
    }

    private async Task<HttpStatusCode> TriageWithAsync(string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/triage?hubId=north");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return (await web.Client.SendAsync(request)).StatusCode;
    }
}

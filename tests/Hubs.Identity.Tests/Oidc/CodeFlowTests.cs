using System.Net;
using Hubs.ServiceDefaults.Auth;

namespace Hubs.Identity.Tests.Oidc;

public class CodeFlowTests(IdentityHostFixture fixture) : IClassFixture<IdentityHostFixture>
{
    private async Task<(HttpClient Browser, Pkce Pkce, string Code)> SignInKeyworkerAsync()
    {
        var browser = fixture.NewBrowser();
        var pkce = Pkce.New();
        var authorize = CodeFlow.AuthorizeUrl(pkce);
        var toSignIn = await browser.GetAsync(authorize);
        Assert.StartsWith("/account/sign-in", toSignIn.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        var keyworker = fixture.Account(HubsRoles.Keyworker);
        var afterSignIn = await browser.FollowAsync(
            await browser.SignInAsync(keyworker.Email, keyworker.Password, authorize)
        );
        return (
            browser,
            pkce,
            CodeFlow.CodeFrom(afterSignIn) ?? throw new InvalidOperationException("No code issued.")
        );
    }

    [Fact]
    public async Task A_keyworker_signs_in_and_the_code_with_its_verifier_buys_tokens_once()
    {
        var (browser, pkce, code) = await SignInKeyworkerAsync();

        var (status, body) = await CodeFlow.RedeemAsync(browser, code, pkce.Verifier);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(body.TryGetProperty("refresh_token", out _));
        Assert.True(body.TryGetProperty("id_token", out _));

        var (replayStatus, replay) = await CodeFlow.RedeemAsync(browser, code, pkce.Verifier);
        Assert.Equal(HttpStatusCode.BadRequest, replayStatus);
        Assert.Equal("invalid_grant", replay.GetProperty("error").GetString());
    }

    [Fact]
    public async Task A_wrong_verifier_is_refused()
    {
        var (browser, _, code) = await SignInKeyworkerAsync();

        var (status, body) = await CodeFlow.RedeemAsync(browser, code, Pkce.New().Verifier);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("invalid_grant", body.GetProperty("error").GetString());
    }

    [Fact]
    public async Task The_plain_challenge_method_is_refused()
    {
        var response = await fixture.NewBrowser().GetAsync(CodeFlow.AuthorizeUrl(Pkce.New(), method: "plain"));

        // Back to the client's registered address as an OAuth error (OAuthErrorTests), never with a code.
        Assert.Null(CodeFlow.CodeFrom(response));
        Assert.Contains("error=invalid_request", response.Headers.Location!.Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_keyworker_token_carries_subject_and_role_but_no_name_email_or_hub()
    {
        var (browser, pkce, code) = await SignInKeyworkerAsync();
        var (_, body) = await CodeFlow.RedeemAsync(browser, code, pkce.Verifier);

        var access = Jwt.Payload(body.GetProperty("access_token").GetString()!);
        Assert.Equal(fixture.Account(HubsRoles.Keyworker).Subject, access.GetProperty("sub").GetString());
        Assert.Equal([HubsRoles.Keyworker], Jwt.Values(access, "role"));
        Assert.Equal(["hubs-web"], Jwt.Values(access, "aud"));
        Assert.Empty(Jwt.Values(access, "hub"));
        foreach (var token in new[] { access, Jwt.Payload(body.GetProperty("id_token").GetString()!) })
        {
            Assert.False(token.TryGetProperty("email", out _));
            Assert.False(token.TryGetProperty("name", out _));
            Assert.DoesNotContain("@", token.GetRawText(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_refresh_token_buys_new_tokens()
    {
        var (browser, pkce, code) = await SignInKeyworkerAsync();
        var (_, body) = await CodeFlow.RedeemAsync(browser, code, pkce.Verifier);

        var refreshed = await browser.PostAsync(
            "/connect/token",
            new FormUrlEncodedContent(
                new Dictionary<string, string>
                {
                    ["grant_type"] = "refresh_token",
                    ["client_id"] = CodeFlow.ClientId,
                    ["refresh_token"] = body.GetProperty("refresh_token").GetString()!,
                }
            )
        );

        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
    }
}

using System.Net;
using Hubs.ServiceDefaults.Auth;
using Hubs.Testing.Auth;
using Microsoft.AspNetCore.WebUtilities;

namespace Hubs.Identity.Tests.Oidc;

/// <summary>
/// A client that asks for a fresh sign-in (<c>prompt=login</c>, <c>max_age</c>) gets one even while the person has a
/// live session, and the id_token says when it happened (<c>auth_time</c>); <c>prompt=none</c> without a session
/// answers the client in OAuth form (issue #15, item 7).
/// </summary>
public class ReauthenticationTests(IdentityHostFixture fixture) : IClassFixture<IdentityHostFixture>
{
    [Theory]
    [InlineData("prompt=login")]
    [InlineData("max_age=0")]
    public async Task A_live_session_is_asked_to_sign_in_again_and_then_gets_a_code(string ask)
    {
        var keyworker = fixture.Account(HubsRoles.Keyworker, "south");
        var browser = await SignedInAsync(keyworker.Email, keyworker.Password);
        var pkce = Pkce.New();
        var authorize = CodeFlow.AuthorizeUrl(pkce) + "&" + ask;

        var first = await browser.GetAsync(authorize);
        Assert.Null(CodeFlow.CodeFrom(first));
        Assert.StartsWith("/account/sign-in", first.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        var before = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var again = await browser.FollowAsync(
            await browser.SubmitAsync(
                first.Headers.Location.PathAndQuery,
                new Dictionary<string, string> { ["Email"] = keyworker.Email, ["Password"] = keyworker.Password }
            )
        );
        var (status, body) = await CodeFlow.RedeemAsync(
            browser,
            CodeFlow.CodeFrom(again)
                ?? throw new InvalidOperationException(
                    $"No code after signing in again: {again.StatusCode} {again.Headers.Location}"
                ),
            pkce.Verifier
        );

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(AuthTime(body.GetProperty("id_token").GetString()!) >= before - 1, "auth_time is the new sign-in");
    }

    [Fact]
    public async Task Staff_asked_to_sign_in_again_give_password_and_TOTP_again()
    {
        var clinician = fixture.Account(HubsRoles.Clinician);
        var browser = fixture.NewBrowser();
        var toMfa = await browser.SignInAsync(clinician.Email, clinician.Password);
        await browser.SubmitAsync(
            toMfa.Headers.Location!.OriginalString,
            new Dictionary<string, string> { ["Code"] = TotpCodes.Fresh(clinician.TotpSecret!) }
        );
        var pkce = Pkce.New();
        Assert.NotNull(CodeFlow.CodeFrom(await browser.GetAsync(CodeFlow.AuthorizeUrl(Pkce.New()))));

        var first = await browser.GetAsync(CodeFlow.AuthorizeUrl(pkce) + "&prompt=login");
        Assert.StartsWith("/account/sign-in", first.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        var password = await browser.SubmitAsync(
            first.Headers.Location.PathAndQuery,
            new Dictionary<string, string> { ["Email"] = clinician.Email, ["Password"] = clinician.Password }
        );
        Assert.StartsWith("/account/mfa", password.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var afterCode = await browser.FollowAsync(
            await browser.SubmitAsync(
                password.Headers.Location.OriginalString,
                new Dictionary<string, string> { ["Code"] = TotpCodes.Fresh(clinician.TotpSecret!) }
            )
        );

        var (status, _) = await CodeFlow.RedeemAsync(browser, CodeFlow.CodeFrom(afterCode)!, pkce.Verifier);
        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task A_max_age_older_than_the_session_asks_again_and_a_longer_one_does_not()
    {
        var keyworker = fixture.Account(HubsRoles.Keyworker);
        var browser = await SignedInAsync(keyworker.Email, keyworker.Password);
        await Task.Delay(TimeSpan.FromSeconds(2.5));

        var longer = await browser.GetAsync(CodeFlow.AuthorizeUrl(Pkce.New()) + "&max_age=3600");
        var shorter = await browser.GetAsync(CodeFlow.AuthorizeUrl(Pkce.New()) + "&max_age=1");

        Assert.NotNull(CodeFlow.CodeFrom(longer));
        Assert.Null(CodeFlow.CodeFrom(shorter));
        Assert.StartsWith("/account/sign-in", shorter.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_id_token_of_a_session_says_when_its_person_signed_in()
    {
        var keyworker = fixture.Account(HubsRoles.Keyworker);
        var before = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var browser = await SignedInAsync(keyworker.Email, keyworker.Password);
        var signedIn = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        await Task.Delay(TimeSpan.FromSeconds(2));
        var pkce = Pkce.New();

        var (_, body) = await CodeFlow.RedeemAsync(
            browser,
            CodeFlow.CodeFrom(await browser.GetAsync(CodeFlow.AuthorizeUrl(pkce)))!,
            pkce.Verifier
        );

        var authTime = AuthTime(body.GetProperty("id_token").GetString()!);
        // The sign-in's own time, however long it took on a busy machine, never the code request's two seconds on.
        Assert.InRange(authTime, before - 1, signedIn + 1);
    }

    [Theory]
    [InlineData("prompt=none")]
    [InlineData("prompt=none&max_age=0")]
    public async Task Prompt_none_without_a_session_answers_login_required_to_the_client(string ask)
    {
        var response = await fixture.NewBrowser().GetAsync(CodeFlow.AuthorizeUrl(Pkce.New()) + "&" + ask);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith(CodeFlow.RedirectUri + "?", response.Headers.Location!.AbsoluteUri, StringComparison.Ordinal);
        var answer = QueryHelpers.ParseQuery(response.Headers.Location.Query);
        Assert.Equal("login_required", answer["error"].ToString());
        Assert.Equal("state-1", answer["state"].ToString());
    }

    private async Task<HttpClient> SignedInAsync(string email, string password)
    {
        var browser = fixture.NewBrowser();
        var signedIn = await browser.SignInAsync(email, password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        return browser;
    }

    private static long AuthTime(string idToken) =>
        Jwt.Payload(idToken).TryGetProperty("auth_time", out var value)
            ? value.GetInt64()
            : throw new InvalidOperationException("No auth_time in the id_token.");
}

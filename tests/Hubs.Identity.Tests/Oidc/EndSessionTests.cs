using System.Net;
using Hubs.ServiceDefaults.Auth;

namespace Hubs.Identity.Tests.Oidc;

public class EndSessionTests(IdentityHostFixture fixture) : IClassFixture<IdentityHostFixture>
{
    [Fact]
    public async Task Signing_out_ends_the_session_and_every_refresh_token_of_the_person()
    {
        var keyworker = fixture.Account(HubsRoles.Keyworker, "south");
        var elsewhere = fixture.NewBrowser();
        var pkce = Pkce.New();
        await elsewhere.SignInAsync(keyworker.Email, keyworker.Password);
        var (_, tokens) = await CodeFlow.RedeemAsync(
            elsewhere,
            CodeFlow.CodeFrom(await elsewhere.GetAsync(CodeFlow.AuthorizeUrl(pkce)))!,
            pkce.Verifier
        );

        var browser = fixture.NewBrowser();
        await browser.SignInAsync(keyworker.Email, keyworker.Password);
        var signedOut = await browser.SubmitAsync(
            "/connect/endsession?client_id=hubs-cli",
            new Dictionary<string, string> { ["client_id"] = "hubs-cli" }
        );
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);

        var refresh = await elsewhere.PostAsync(
            "/connect/token",
            new FormUrlEncodedContent(
                new Dictionary<string, string>
                {
                    ["grant_type"] = "refresh_token",
                    ["client_id"] = CodeFlow.ClientId,
                    ["refresh_token"] = tokens.GetProperty("refresh_token").GetString()!,
                }
            )
        );
        Assert.Equal(HttpStatusCode.BadRequest, refresh.StatusCode);
        Assert.StartsWith(
            "/account/sign-in",
            (await browser.GetAsync(CodeFlow.AuthorizeUrl(Pkce.New()))).Headers.Location!.PathAndQuery,
            StringComparison.Ordinal
        );
    }
}

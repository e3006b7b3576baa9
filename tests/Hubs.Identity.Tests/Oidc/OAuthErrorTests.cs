using System.Net;
using System.Text.Json;
using Hubs.ServiceDefaults.Auth;
using Microsoft.AspNetCore.WebUtilities;

namespace Hubs.Identity.Tests.Oidc;

/// <summary>
/// A client's mistake is answered in OAuth form (RFC 6749 4.1.2.1, 5.2; issue #15, item 7): at the authorization
/// endpoint a redirect with <c>error</c> and <c>state</c> to the client's registered address, or a page without any
/// redirect when the client or its address is not known; at the token endpoint a 400 with a JSON <c>error</c>.
/// </summary>
public class OAuthErrorTests(IdentityHostFixture fixture) : IClassFixture<IdentityHostFixture>
{
    private static readonly string Challenge = Pkce.New().Challenge;

    public static TheoryData<string, string?, string> ClientMistakes() =>
        new()
        {
            { "code_challenge", null, "invalid_request" },
            { "code_challenge_method", null, "invalid_request" },
            { "code_challenge_method", "plain", "invalid_request" },
            { "code_challenge_method", "S512", "invalid_request" },
            { "code_challenge", "too-short", "invalid_request" },
            { "code_challenge", new string('a', 129), "invalid_request" },
            { "response_type", "token", "unsupported_response_type" },
            { "response_type", null, "invalid_request" },
            { "response_mode", "bogus", "invalid_request" },
            { "scope", "openid no.such.scope", "invalid_scope" },
        };

    [Theory]
    [MemberData(nameof(ClientMistakes))]
    public async Task A_mistake_of_a_known_client_goes_back_to_its_registered_address(
        string parameter,
        string? value,
        string error
    )
    {
        var response = await fixture.NewBrowser().GetAsync(Authorize(parameter, value));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith(CodeFlow.RedirectUri, response.Headers.Location!.AbsoluteUri, StringComparison.Ordinal);
        Assert.Equal(CodeFlow.RedirectUri, response.Headers.Location.GetLeftPart(UriPartial.Path));
        // In the query for the code flow; in the fragment when the client asked for a token there (RFC 6749 4.2.2.1).
        var answer = QueryHelpers.ParseQuery(
            response.Headers.Location.Query is { Length: > 1 } query
                ? query
                : "?" + response.Headers.Location.Fragment.TrimStart('#')
        );
        Assert.Equal(error, answer["error"].ToString());
        Assert.Equal("state-1", answer["state"].ToString());
        Assert.False(answer.ContainsKey("code"));
    }

    [Theory]
    [InlineData("client_id", "no-such-client")]
    [InlineData("client_id", null)]
    [InlineData("redirect_uri", "https://evil.example/callback")]
    [InlineData("redirect_uri", CodeFlow.RedirectUri + "/other")]
    [InlineData("redirect_uri", "not a uri")]
    public async Task An_unknown_client_or_address_gets_an_error_page_and_no_redirect(string parameter, string? value)
    {
        var response = await fixture
            .NewBrowser()
            .GetAsync(Authorize(parameter, value) + "&code_challenge_method=plain");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
        var page = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("evil.example", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", page, StringComparison.Ordinal);
    }

    public static TheoryData<string, string?, string> TokenMistakes() =>
        new()
        {
            { "code_verifier", null, "invalid_request" },
            { "code_verifier", "too-short", "invalid_request" },
            { "code_verifier", Pkce.New().Verifier, "invalid_grant" },
            { "redirect_uri", CodeFlow.RedirectUri + "/other", "invalid_grant" },
            { "code", "not-a-code", "invalid_grant" },
            { "client_id", "no-such-client", "invalid_client" },
            { "grant_type", "password", "unsupported_grant_type" },
        };

    [Theory]
    [MemberData(nameof(TokenMistakes))]
    public async Task A_mistake_at_the_token_endpoint_is_a_JSON_OAuth_error(
        string parameter,
        string? value,
        string error
    )
    {
        var (browser, pkce, code) = await SignedInCodeAsync();
        var form = new Dictionary<string, string?>
        {
            ["grant_type"] = "authorization_code",
            ["client_id"] = CodeFlow.ClientId,
            ["redirect_uri"] = CodeFlow.RedirectUri,
            ["code"] = code,
            ["code_verifier"] = pkce.Verifier,
        };
        form[parameter] = value;

        var response = await browser.PostAsync(
            "/connect/token",
            new FormUrlEncodedContent(
                form.Where(pair => pair.Value is not null).ToDictionary(pair => pair.Key, pair => pair.Value!)
            )
        );

        Assert.True(
            response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Unauthorized,
            $"{response.StatusCode}"
        );
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(error, body.GetProperty("error").GetString());
    }

    private static string Authorize(string parameter, string? value)
    {
        var query = new Dictionary<string, string?>
        {
            ["client_id"] = CodeFlow.ClientId,
            ["response_type"] = "code",
            ["redirect_uri"] = CodeFlow.RedirectUri,
            ["scope"] = "openid hubs.web",
            ["state"] = "state-1",
            ["code_challenge"] = Challenge,
            ["code_challenge_method"] = "S256",
        };
        query[parameter] = value;
        return QueryHelpers.AddQueryString("/connect/authorize", query.Where(pair => pair.Value is not null));
    }

    private async Task<(HttpClient Browser, Pkce Pkce, string Code)> SignedInCodeAsync()
    {
        var browser = fixture.NewBrowser();
        var keyworker = fixture.Account(HubsRoles.Keyworker);
        await browser.SignInAsync(keyworker.Email, keyworker.Password);
        var pkce = Pkce.New();
        var code = CodeFlow.CodeFrom(await browser.GetAsync(CodeFlow.AuthorizeUrl(pkce)));
        return (browser, pkce, code ?? throw new InvalidOperationException("No code issued."));
    }
}

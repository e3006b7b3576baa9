using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;

namespace Hubs.Identity.Tests.Oidc;

/// <summary>
/// A NUL or other control character in any OAuth parameter is a client's mistake: an OAuth error, never a 500 (issue
/// #15, item 6).
/// </summary>
public class BadParameterTests(IdentityHostFixture fixture) : IClassFixture<IdentityHostFixture>
{
    private static readonly Dictionary<string, string> Authorize = new()
    {
        ["client_id"] = CodeFlow.ClientId,
        ["response_type"] = "code",
        ["redirect_uri"] = CodeFlow.RedirectUri,
        ["scope"] = "openid hubs.web",
        ["state"] = "state-1",
        ["code_challenge"] = Pkce.New().Challenge,
        ["code_challenge_method"] = "S256",
        ["prompt"] = "login",
        ["nonce"] = "n-1",
    };

    private static readonly Dictionary<string, string> Token = new()
    {
        ["grant_type"] = "authorization_code",
        ["client_id"] = CodeFlow.ClientId,
        ["redirect_uri"] = CodeFlow.RedirectUri,
        ["code"] = "not-a-code",
        ["code_verifier"] = Pkce.New().Verifier,
        ["scope"] = "openid",
    };

    public static TheoryData<string, string> AuthorizeParameters() => Variants(Authorize);

    public static TheoryData<string, string> TokenParameters() => Variants(Token);

    [Theory]
    [MemberData(nameof(AuthorizeParameters))]
    public async Task Authorize_answers_a_control_character_with_an_OAuth_error(string parameter, string value)
    {
        var response = await fixture
            .NewBrowser()
            .GetAsync(QueryHelpers.AddQueryString("/connect/authorize", With(Authorize, parameter, value)!));

        Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.True(
            response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.Redirect,
            $"{parameter}: {response.StatusCode}"
        );
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            // Only to the client's registered address, carrying error=invalid_request.
            Assert.StartsWith(
                CodeFlow.RedirectUri + "?",
                response.Headers.Location!.AbsoluteUri,
                StringComparison.Ordinal
            );
            Assert.Equal(
                "invalid_request",
                QueryHelpers.ParseQuery(response.Headers.Location.Query)["error"].ToString()
            );
        }
    }

    [Theory]
    [MemberData(nameof(TokenParameters))]
    public async Task Token_answers_a_control_character_with_an_OAuth_error(string parameter, string value)
    {
        var response = await fixture
            .NewBrowser()
            .PostAsync("/connect/token", new FormUrlEncodedContent(With(Token, parameter, value)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.StartsWith("invalid_", body.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    private static TheoryData<string, string> Variants(Dictionary<string, string> parameters)
    {
        var data = new TheoryData<string, string>();
        foreach (var (name, value) in parameters)
        {
            data.Add(name, value + "\0");
            data.Add(name, "\0");
        }

        data.Add("client_id", CodeFlow.ClientId + "\n");
        return data;
    }

    private static Dictionary<string, string?> With(Dictionary<string, string> parameters, string name, string value) =>
        parameters.ToDictionary(pair => pair.Key, pair => (string?)(pair.Key == name ? value : pair.Value));
}

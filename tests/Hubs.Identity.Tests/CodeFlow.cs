using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;

namespace Hubs.Identity.Tests;

/// <summary>The authorization code + PKCE flow of the public client <c>hubs-cli</c>, step by step over HTTP.</summary>
public static class CodeFlow
{
    public const string ClientId = "hubs-cli";
    public const string RedirectUri = "http://127.0.0.1:8765/callback";

    public static string AuthorizeUrl(
        Pkce pkce,
        string scope = "openid offline_access hubs.web",
        string method = "S256"
    ) =>
        QueryHelpers.AddQueryString(
            "/connect/authorize",
            new Dictionary<string, string?>
            {
                ["client_id"] = ClientId,
                ["response_type"] = "code",
                ["redirect_uri"] = RedirectUri,
                ["scope"] = scope,
                ["state"] = "state-1",
                ["code_challenge"] = method == "plain" ? pkce.Verifier : pkce.Challenge,
                ["code_challenge_method"] = method,
            }
        );

    /// <summary>The code from the redirect to the client's callback, or null if the flow stopped elsewhere.</summary>
    public static string? CodeFrom(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Redirect
        && response.Headers.Location is { IsAbsoluteUri: true } location
        && location.AbsoluteUri.StartsWith(RedirectUri, StringComparison.Ordinal)
            ? QueryHelpers.ParseQuery(location.Query).TryGetValue("code", out var code)
                ? code.ToString()
                : null
            : null;

    public static async Task<(HttpStatusCode Status, JsonElement Body)> RedeemAsync(
        HttpClient client,
        string code,
        string verifier
    )
    {
        var response = await client.PostAsync(
            "/connect/token",
            new FormUrlEncodedContent(
                new Dictionary<string, string>
                {
                    ["grant_type"] = "authorization_code",
                    ["client_id"] = ClientId,
                    ["redirect_uri"] = RedirectUri,
                    ["code"] = code,
                    ["code_verifier"] = verifier,
                }
            )
        );
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement);
    }
}

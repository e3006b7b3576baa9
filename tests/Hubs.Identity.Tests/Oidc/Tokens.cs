using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Hubs.Identity.Tests.Oidc;

/// <summary>
/// Gets demo-feed tokens and validates them as any standard JWT resource server would, from the published JWKS.
/// </summary>
public static class Tokens
{
    public static async Task<string> FeedTokenAsync(HttpClient client, string secret)
    {
        var response = await client.PostAsync(
            "/connect/token",
            new FormUrlEncodedContent(
                new Dictionary<string, string>
                {
                    ["grant_type"] = "client_credentials",
                    ["client_id"] = "demo-feed",
                    ["client_secret"] = secret,
                    ["scope"] = "feeds.read",
                }
            )
        );
        response.EnsureSuccessStatusCode();
        return JsonDocument
            .Parse(await response.Content.ReadAsStringAsync())
            .RootElement.GetProperty("access_token")
            .GetString()!;
    }

    public static async Task<JsonWebKeySet> KeysAsync(HttpClient client) =>
        new(await client.GetStringAsync("/.well-known/jwks"));

    public static async Task<TokenValidationResult> ValidateAsync(
        string token,
        JsonWebKeySet keys,
        string audience = "hubs-insights"
    ) =>
        await new JsonWebTokenHandler().ValidateTokenAsync(
            token,
            new TokenValidationParameters
            {
                IssuerSigningKeys = keys.GetSigningKeys(),
                ValidIssuer = "http://localhost/",
                ValidAudience = audience,
                ValidTypes = ["at+jwt"],
            }
        );

    public static string KeyId(string token) => new JsonWebToken(token).Kid;
}

using System.Security.Cryptography;
using Hubs.ServiceDefaults.Auth;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Hubs.Insights.Tests.Dashboards;

/// <summary>
/// Bearer tokens the Insights host accepts in these tests: signed with a key configured through the
/// standard <c>Authentication:Schemes:Bearer</c> settings, carrying the claims a Hubs token carries.
/// Interim, until the test OIDC issuer (Hubs.Testing.Auth) arrives with sign-in on main.
/// </summary>
internal static class TestTokens
{
    private const string Issuer = "https://issuer.hubs-tests.invalid";
    private static readonly byte[] Key = RandomNumberGenerator.GetBytes(32);

    public static Dictionary<string, string?> Settings => new()
    {
        ["Authentication:Schemes:Bearer:ValidIssuer"] = Issuer,
        ["Authentication:Schemes:Bearer:ValidAudiences:0"] = HubsScopes.InsightsAudience,
        ["Authentication:Schemes:Bearer:SigningKeys:0:Issuer"] = Issuer,
        ["Authentication:Schemes:Bearer:SigningKeys:0:Value"] = Convert.ToBase64String(Key),
    };

    /// <summary>A signed-in commissioner of the given Hubs.</summary>
    public static string Commissioner(params string[] hubs) =>
        Mint(new() { ["sub"] = Guid.NewGuid().ToString(), ["role"] = HubsRoles.Commissioner, ["hub"] = hubs, ["scope"] = HubsScopes.Insights });

    /// <summary>A machine client (client credentials) granted feeds.read for the given Hubs.</summary>
    public static string FeedClient(params string[] hubs) =>
        Mint(new() { ["sub"] = "feed-client", ["client_id"] = "feed-client", ["hub"] = hubs, ["scope"] = HubsScopes.FeedsRead });

    public static string Mint(Dictionary<string, object> claims) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = HubsScopes.InsightsAudience,
            Claims = claims,
            Expires = DateTime.UtcNow.AddMinutes(30),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(Key), SecurityAlgorithms.HmacSha256),
        });
}

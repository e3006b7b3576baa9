using Hubs.ServiceDefaults.Auth;
using Hubs.Testing.Auth;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Hubs.Web.Tests.Authorization;

/// <summary>
/// The kept checks of ValidatedTokens stay within their bound however many different tokens arrive (a caller minting
/// a fresh token for every request must not grow a host's memory), and every token is still checked.
/// </summary>
public sealed class ValidatedTokenBoundTests
{
    [Fact]
    public async Task Many_different_tokens_never_keep_more_than_the_bound()
    {
        const int bound = 8;
        var tokens = new ValidatedTokens(new JsonWebTokenHandler(), bound);
        var parameters = new TokenValidationParameters
        {
            ValidAudience = "hubs-web",
            ConfigurationManager = new ConfigurationManager<OpenIdConnectConfiguration>(
                new Uri(TestIssuer.Shared.Authority, ".well-known/openid-configuration").ToString(),
                new OpenIdConnectConfigurationRetriever(),
                new HttpDocumentRetriever { RequireHttps = false }
            ),
        };

        for (var i = 0; i < bound * 6; i++)
        {
            var token = TestIssuer.Shared.Mint(TestPrincipal.Clinician("north"));
            Assert.True((await tokens.ValidateTokenAsync(token, parameters)).IsValid);
            Assert.True((await tokens.ValidateTokenAsync(token, parameters)).IsValid);
            Assert.InRange(tokens.Count, 1, bound);
        }

        var forged = TestIssuer.Shared.Mint(TestPrincipal.Clinician("north"), audience: "hubs-insights");
        Assert.False((await tokens.ValidateTokenAsync(forged, parameters)).IsValid);
    }
}

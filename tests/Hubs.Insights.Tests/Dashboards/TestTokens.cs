using Hubs.ServiceDefaults.Auth;
using Hubs.Testing.Auth;

namespace Hubs.Insights.Tests.Dashboards;

/// <summary>Access tokens for the Insights host from the test issuer (Hubs.Testing.Auth).</summary>
internal static class TestTokens
{
    /// <summary>A signed-in commissioner of the given Hubs.</summary>
    public static string Commissioner(params string[] hubs) =>
        TestIssuer.Shared.Mint(TestPrincipal.Commissioner(hubs), HubsScopes.InsightsAudience);

    /// <summary>A machine client (client credentials) granted feeds.read for the given Hubs.</summary>
    public static string FeedClient(params string[] hubs) =>
        TestIssuer.Shared.Mint(TestPrincipal.FeedClient() with { Hubs = hubs }, HubsScopes.InsightsAudience);
}

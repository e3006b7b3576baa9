using System.Net;
using Hubs.Insights.Tests.Dashboards;
using Hubs.Testing;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Hubs.Insights.Tests.Accounts;

/// <summary>
/// Insights as deployed (Production): every cookie it sets, the sign-out form's antiforgery cookie and the sign-in's
/// correlation cookies alike, is Secure, HttpOnly and SameSite, as Web's and Identity's are.
/// (Reached over HTTPS at the host behind the trusted proxy, with no forwarded headers of its own.)
/// </summary>
[Collection(ProductionInsights.Name)]
public sealed class ProductionCookieTests(ProductionInsightsFixture fixture)
{
    [Fact]
    public async Task A_production_insights_host_sets_only_secure_http_only_same_site_cookies()
    {
        var host = fixture.Host;
        var options = new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"),
            AllowAutoRedirect = false,
        };
        var commissioner = host.CreateClient(options);
        commissioner.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.Commissioner("north"));

        var signedIn = await commissioner.GetAsync(new Uri("/method", UriKind.Relative));
        var signingIn = await host.CreateClient(options).GetAsync(new Uri("/dashboards", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        Assert.Contains(
            "action=\"/account/sign-out\"",
            await signedIn.Content.ReadAsStringAsync(),
            StringComparison.Ordinal
        );
        Assert.Equal(HttpStatusCode.Redirect, signingIn.StatusCode);
        ProductionCookies.AssertSafe(signedIn);
        ProductionCookies.AssertSafe(signingIn);
    }
}

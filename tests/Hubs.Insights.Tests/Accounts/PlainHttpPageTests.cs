using System.Net;
using Hubs.Insights.Tests.Dashboards;
using Hubs.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Hubs.Insights.Tests.Accounts;

/// <summary>
/// Insights as deployed (Production) asked for a page over plain HTTP by a client holding a commissioner's token:
/// the page's sign-out form needs a Secure antiforgery cookie, so the page cannot be served. The answer is the
/// plain refusal every page gets over HTTP, never a 500; the same request through the trusted proxy that ends TLS
/// (X-Forwarded-Proto from a listed address) is the page. The national benchmark saw 500s here.
/// </summary>
[Collection(ProductionInsights.Name)]
public sealed class PlainHttpPageTests(ProductionInsightsFixture fixture)
{
    [Fact]
    public async Task A_dashboard_over_plain_http_with_a_token_is_refused_plainly_and_through_the_proxy_is_served()
    {
        var commissioner = fixture.Host.CreateClient(
            new WebApplicationFactoryClientOptions { BaseAddress = new Uri("http://localhost") }
        );
        commissioner.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.Commissioner("north"));

        var plain = await commissioner.GetAsync(new Uri("/method", UriKind.Relative));
        using var proxied = new HttpRequestMessage(HttpMethod.Get, new Uri("/method", UriKind.Relative));
        proxied.Headers.Add("X-Forwarded-Proto", "https");
        proxied.Headers.Add("X-Forwarded-For", "203.0.113.7");
        var throughProxy = await commissioner.SendAsync(proxied);

        Assert.Equal(HttpStatusCode.BadRequest, plain.StatusCode);
        Assert.Equal(HttpsPages.Refusal, await plain.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, throughProxy.StatusCode);
    }
}

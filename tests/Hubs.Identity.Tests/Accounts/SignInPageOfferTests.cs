using System.Net;

namespace Hubs.Identity.Tests.Accounts;

/// <summary>
/// The sign-in page offers "Create an account" only to keyworkers: on the way back to the client that
/// registers keyworkers (hubs-web), unless that client said the sign-in is staff's; never for Insights.
/// Identity's own pages that are not there are HTML in its layout; its protocol paths answer problem details.
/// </summary>
public sealed class SignInPageOfferTests(IdentityHostFixture fixture) : IClassFixture<IdentityHostFixture>
{
    private const string Authorize =
        "/connect/authorize?response_type=code&scope=openid&redirect_uri=http%3A%2F%2F127.0.0.1%2Fsignin-oidc";

    [Theory]
    [InlineData(Authorize + "&client_id=hubs-web", true)]
    [InlineData(Authorize + "&client_id=hubs-web&hubs_staff=true", false)]
    [InlineData(Authorize + "&client_id=hubs-insights", false)]
    [InlineData("/admin", false)]
    [InlineData(null, false)]
    public async Task Create_an_account_is_offered_to_keyworkers_only(string? returnUrl, bool offered)
    {
        var url = "/account/sign-in" + (returnUrl is null ? "" : "?ReturnUrl=" + Uri.EscapeDataString(returnUrl));

        var page = await fixture.NewBrowser().GetStringAsync(url);

        Assert.Equal(offered, page.Contains("Create an account", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_page_that_is_not_there_is_an_HTML_page_and_a_protocol_path_problem_details()
    {
        var browser = fixture.NewBrowser();
        var page = await browser.GetAsync("/account/no-such-page");
        var protocol = await browser.GetAsync("/connect/no-such-endpoint");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<h1>Page not found</h1>", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, protocol.StatusCode);
        Assert.Equal("application/problem+json", protocol.Content.Headers.ContentType?.MediaType);
    }
}

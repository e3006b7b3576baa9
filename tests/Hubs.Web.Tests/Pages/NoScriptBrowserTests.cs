namespace Hubs.Web.Tests.Pages;

/// <summary>The core flow needs no JavaScript: forms post, the server keeps the draft, pages redirect.</summary>
public sealed class NoScriptBrowserTests(BrowserFixture web) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_self_referral_works_with_javascript_turned_off()
    {
        await using var browser = await web.OpenAsync(javaScript: false);

        await SelfReferralWalk.WalkAsync(browser, checkPages: false);

        Assert.Contains("Referral sent", await browser.Page.InnerTextAsync("h1"), StringComparison.Ordinal);
        browser.AssertOnlyOwnOrigin();
    }
}

using Hubs.Identity.Testing;
using Hubs.ServiceDefaults.Auth;
using Hubs.Testing.Auth;

namespace Hubs.Web.Tests.Pages;

/// <summary>
/// In a real browser (which drops tabs and newlines from a URL, so <c>/%09/evil.example/</c> would become
/// <c>//evil.example/</c>), a sign-in link with a crafted return address still ends on Web's home page.
/// </summary>
public sealed class SignInReturnUrlBrowserTests(BrowserFixture system) : IClassFixture<BrowserFixture>
{
    [Theory]
    [InlineData("/%09/evil.example/")]
    [InlineData("/%0A/evil.example/")]
    public async Task Signing_in_from_a_crafted_link_lands_on_the_home_page(string escaped)
    {
        await using var browser = await system.OpenAsync(width: 1024);
        var page = browser.Page;
        var identity = system.Identity.BaseUrl.GetLeftPart(UriPartial.Authority);

        await page.GotoAsync("/account/sign-in?returnUrl=" + escaped);
        await BrowserSignIn.EnterPasswordAsync(page, system.Identity.Account(HubsRoles.Keyworker));
        await page.WaitForURLAsync(url =>
            !url.StartsWith(identity, StringComparison.Ordinal)
            && !url.Contains("/signin-oidc", StringComparison.Ordinal)
        );

        Assert.Equal(system.Origin.ToString(), page.Url);
    }
}

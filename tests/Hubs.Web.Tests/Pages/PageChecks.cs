using Hubs.Testing.Browser;

namespace Hubs.Web.Tests.Pages;

/// <summary>What every keyworker page must pass: axe clean, crisis contacts one tap away, a screenshot saved.</summary>
internal static class PageChecks
{
    public static async Task CheckAsync(this BrowserPage page, string screenshot)
    {
        await page.AssertNoViolationsAsync();
        Assert.Equal("en-GB", await page.Page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal(1, await page.Page.Locator("header a[href='#get-help']").CountAsync());
        foreach (var number in new[] { "999", "111", "116123" })
        {
            Assert.Equal(1, await page.Page.Locator($"#get-help a[href='tel:{number}']").CountAsync());
        }

        await page.SaveScreenshotAsync(screenshot);
    }

    /// <summary>
    /// The NHS.UK error summary is shown, names <paramref name="field"/>, and the field shows its error.
    /// </summary>
    public static async Task AssertErrorForAsync(this BrowserPage page, string field)
    {
        Assert.Equal(1, await page.Page.Locator($".nhsuk-error-summary a[href='#{field}']").CountAsync());
        Assert.Equal(1, await page.Page.Locator($"#{field}-error").CountAsync());
        Assert.StartsWith("Error: ", await page.Page.TitleAsync(), StringComparison.Ordinal);
    }
}

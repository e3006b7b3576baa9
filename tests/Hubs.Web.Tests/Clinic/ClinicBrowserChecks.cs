using Hubs.Testing.Browser;

namespace Hubs.Web.Tests.Clinic;

/// <summary>
/// What every clinician page must pass in the browser: axe clean, fits 768 px, only our origin, a screenshot saved.
/// </summary>
internal static class ClinicBrowserChecks
{
    public static async Task CheckAsync(this BrowserPage page, string screenshot)
    {
        await page.AssertNoViolationsAsync();
        Assert.Equal("en-GB", await page.Page.Locator("html").GetAttributeAsync("lang"));
        var overflow = await page.Page.EvaluateAsync<int>(
            "() => document.documentElement.scrollWidth - window.innerWidth"
        );
        Assert.True(
            overflow <= 0,
            $"{page.Page.Url} is {overflow}px wider than the {ClinicBrowserFixture.TabletWidth}px viewport."
        );
        await page.SaveScreenshotAsync(screenshot);
        page.AssertOnlyOwnOrigin();
        page.AssertNoConsoleErrors();
    }

    /// <summary>
    /// Opens <paramref name="path"/> and waits for its heading: arriving is enough (waiting for the load event has
    /// timed out with the right page already shown).
    /// </summary>
    public static async Task GoAsync(this BrowserPage page, string path)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.Page.GotoAsync(path, new() { WaitUntil = Microsoft.Playwright.WaitUntilState.Commit });
        await page.Page.Locator("main h1").First.WaitForAsync();
    }

    /// <summary>
    /// Presses <paramref name="button"/> and waits until the page it leads to has been read to its footer. The page
    /// that held the button is marked first, so its own footer does not count; the load event is not awaited, as it
    /// has timed out in CI with the next page already shown.
    /// </summary>
    public static async Task SubmitAsync(this BrowserPage page, string button)
    {
        ArgumentNullException.ThrowIfNull(page);
        var press = page.Page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = button, Exact = true });
        await press.EvaluateAsync("b => b.ownerDocument.documentElement.setAttribute('data-left', '')");
        await press.ClickAsync();
        await page
            .Page.Locator("html:not([data-left]) footer")
            .First.WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Attached });
    }
}

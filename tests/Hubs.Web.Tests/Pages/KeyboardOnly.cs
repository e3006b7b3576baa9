using Microsoft.Playwright;

namespace Hubs.Web.Tests.Pages;

/// <summary>Drives a page with the keyboard alone: Tab to reach things, Space, arrows and Enter to use them.</summary>
internal static class KeyboardOnly
{
    private const int MaxTabs = 120;

    public static async Task TabToAsync(IPage page, string selector)
    {
        for (var i = 0; i < MaxTabs; i++)
        {
            if (await page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) ?? false", selector))
            {
                return;
            }

            await page.Keyboard.PressAsync("Tab");
        }

        throw new Xunit.Sdk.XunitException($"Tab never reached {selector} on {page.Url}.");
    }

    public static async Task TypeIntoAsync(IPage page, string id, string text)
    {
        await TabToAsync(page, $"#{id}");
        await page.Keyboard.TypeAsync(text);
    }

    public static async Task TickAsync(IPage page, string id)
    {
        await TabToAsync(page, $"#{id}");
        await page.Keyboard.PressAsync("Space");
    }

    /// <summary>Tab lands on a radio group's first radio; Space picks it, each arrow press picks the next.</summary>
    public static async Task ChooseAsync(IPage page, string name, int index)
    {
        await TabToAsync(page, $"input[name='{name}']");
        await page.Keyboard.PressAsync("Space");
        for (var i = 0; i < index; i++)
        {
            await page.Keyboard.PressAsync("ArrowDown");
        }
    }

    public static async Task PressButtonAsync(IPage page, string text)
    {
        await TabToAsync(page, $"button.nhsuk-button:not(.nhsuk-button--secondary)");
        Assert.Equal(text, (await page.EvaluateAsync<string>("() => document.activeElement.textContent")).Trim());
        var before = page.Url;
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => url != before);
    }
}

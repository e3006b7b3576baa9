using Hubs.Testing.Browser;
using Microsoft.Playwright;
using static Hubs.Web.Tests.Pages.KeyboardOnly;

namespace Hubs.Web.Tests.Pages;

public sealed class KeyboardBrowserTests(BrowserFixture web) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_whole_self_referral_can_be_done_with_the_keyboard_alone()
    {
        await using var browser = await web.OpenAsync();
        var page = browser.Page;
        await page.GotoAsync("/");
        await page.Keyboard.PressAsync("Tab");
        Assert.True(
            await page.EvaluateAsync<bool>("() => document.activeElement.matches('.nhsuk-skip-link')"),
            "The skip link is the first tab stop."
        );
        await PressButtonAsync(page, "Start now");

        await TypeIntoAsync(page, "Name", "Kim Keyboard");
        await TypeIntoAsync(page, "Email", "kim.keyboard@example.com");
        await PressButtonAsync(page, "Continue");

        await TickAsync(page, "Channels-3");
        await TickAsync(page, "SafeTimes-4");
        await ChooseAsync(page, "VoicemailOk", 1);
        await ChooseAsync(page, "MessagesNamingHubOk", 0);
        await PressButtonAsync(page, "Continue");

        await ChooseAsync(page, "HubId", 1);
        await ChooseAsync(page, "Sector", 3);
        await TabToAsync(page, "#StaffGroup");
        await page.Keyboard.PressAsync("ArrowDown");
        await PressButtonAsync(page, "Continue");

        await ChooseAsync(page, "AgeBand", 6);
        await ChooseAsync(page, "Sex", 0);
        await ChooseAsync(page, "EthnicityGroup", 2);
        await ChooseAsync(page, "Disability", 1);
        await PressButtonAsync(page, "Continue");

        await TypeIntoAsync(page, "HelpWith", "Hard to switch off after work.");
        await PressButtonAsync(page, "Continue");

        await TickAsync(page, "Modes-3");
        await PressButtonAsync(page, "Continue");

        await TickAsync(page, "ConsentToSupport");
        await ChooseAsync(page, "ResearchContact", 0);
        await PressButtonAsync(page, "Continue");

        var answers = await page.InnerTextAsync("main");
        Assert.Contains("Kim Keyboard", answers, StringComparison.Ordinal);
        Assert.Contains("Fire and rescue", answers, StringComparison.Ordinal);
        Assert.Contains("Nursing or midwifery", answers, StringComparison.Ordinal);
        Assert.Contains("Prefer not to say", answers, StringComparison.Ordinal);
        await PressButtonAsync(page, "Continue");

        await TypeIntoAsync(page, "Password", SelfReferralWalk.Password);
        await PressButtonAsync(page, "Send referral");
        Assert.Contains("/refer/sent/", page.Url, StringComparison.Ordinal);
        await browser.SaveScreenshotAsync("keyboard-sent");

        // Screening by keyboard: the link from the sent page, one measure's page of radios, Continue.
        await TabToAsync(page, "a.nhsuk-button");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/screening/**");
        await Assertions.Expect(page.Locator(".nhsuk-caption-l")).ToContainTextAsync("Page 1 of");
        foreach (
            var name in await page.Locator(".nhsuk-radios input[type=radio]")
                .EvaluateAllAsync<string[]>("radios => [...new Set(radios.map(r => r.name))]")
        )
        {
            await ChooseAsync(page, name, 0);
        }

        await TabToAsync(page, "form button.nhsuk-button:not(.nhsuk-button--secondary)");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator(".nhsuk-caption-l")).ToContainTextAsync("Page 2 of");
        browser.AssertOnlyOwnOrigin();
    }
}

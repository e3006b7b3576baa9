using Hubs.ServiceDefaults.Auth;
using Hubs.Testing.Browser;
using Hubs.Web.Tests.Pages;
using Microsoft.Playwright;

namespace Hubs.Web.Tests.WhileWaiting;

/// <summary>
/// Issue 20's "a keyworker reads the self-help library while waiting on a phone", from the referral-sent page and
/// from "Your support": each entry opens the Hub's chosen page (the NHS site is stood in for by the browser, offline)
/// without telling it where the keyworker came from, and they answer the waiting-well check-in.
/// </summary>
public sealed partial class WhileWaitingBrowserTests
{
    private const string SleepLink = "https://www.nhs.uk/every-mind-matters/mental-health-issues/sleep/";
    private const string BreathingLink = "https://www.nhs.uk/mental-health/self-help/breathing-exercises-for-stress/";

    [Fact]
    public async Task A_keyworker_who_has_just_referred_opens_the_library_on_a_phone_and_checks_in_from_their_support()
    {
        await using (var admin = await system.SignInAsync(HubsRoles.HubAdmin, "north", "/hub-admin/self-help"))
        {
            await AddToLibraryAsync(admin, "Sleeping between night shifts", "Small changes for day sleep.", SleepLink);
            await AddToLibraryAsync(
                admin,
                "Breathing for stress",
                "A two-minute exercise for hard moments.",
                BreathingLink
            );
        }

        var keyworker = system.Identity.Account(HubsRoles.Keyworker, "south");
        await using var browser = await system.SignInAsync(HubsRoles.Keyworker, "south", width: Phone);
        var page = browser.Page;
        var opened = new List<(string Url, string? Referer)>();
        await browser.Page.Context.RouteAsync("https://www.nhs.uk/**", async route =>
        {
            opened.Add((route.Request.Url, route.Request.Headers.GetValueOrDefault("referer")));
            await route.FulfillAsync(new() { ContentType = "text/html", Body = "<title>NHS</title><h1>NHS</h1>" });
        });
        await SelfReferralWalk.AnswerEverythingAsync(browser, checkPages: false, keyworker.Email);
        await SelfReferralWalk.SendAsync(page, password: null);
        var reference = await page.Locator(".nhsuk-panel__body strong").InnerTextAsync();
        var sent = page.Url;
        await Assertions.Expect(page.Locator(".hubs-self-help")).ToContainTextAsync("Small changes for day sleep.");
        await browser.CheckAsync("while-waiting-01-sent-library");
        await page.GetByRole(AriaRole.Link, new() { Name = "Sleeping between night shifts" }).ClickAsync();
        await page.WaitForURLAsync(SleepLink, new() { WaitUntil = WaitUntilState.Commit });
        await page.GoBackAsync(new() { WaitUntil = WaitUntilState.Commit });
        await page.WaitForURLAsync(sent, new() { WaitUntil = WaitUntilState.Commit });

        await page.GetByRole(AriaRole.Link, new() { Name = "your support" }).ClickAsync();
        var card = page.Locator("section.nhsuk-card", new() { HasText = $"Reference {reference}" });
        await Assertions.Expect(card.Locator(".hubs-self-help")).ToContainTextAsync("A two-minute exercise");
        await browser.CheckAsync("while-waiting-02-your-support-library");
        await card.GetByRole(AriaRole.Link, new() { Name = "Breathing for stress" }).ClickAsync();
        await page.WaitForURLAsync(BreathingLink, new() { WaitUntil = WaitUntilState.Commit });
        await page.GoBackAsync(new() { WaitUntil = WaitUntilState.Commit });

        await card.GetByRole(AriaRole.Link, new() { Name = "Tell us how you are doing" }).ClickAsync();
        await browser.CheckAsync("while-waiting-03-check-in");
        await page.CheckAsync("input[name=Coping][value=Same]");
        await page.CheckAsync("input[name=ContactSooner][value=false]");
        await page.CheckAsync("input[name=Safety][value='0']");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send my answers" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Thank you for checking in");
        await browser.CheckAsync("while-waiting-04-checked-in");

        // The pages the keyworker opened learnt nothing of Hubs: not the sent page's address, not that they refer.
        Assert.Equal([SleepLink, BreathingLink], opened.Select(o => o.Url));
        Assert.All(opened, o => Assert.Null(o.Referer));
    }

    private static async Task AddToLibraryAsync(BrowserPage admin, string title, string summary, string link)
    {
        await admin.Page.FillAsync("#Title", title);
        await admin.Page.FillAsync("#Summary", summary);
        await admin.Page.FillAsync("#Link", link);
        await admin.Page.GetByRole(AriaRole.Button, new() { Name = "Add to the library" }).ClickAsync();
        await Assertions.Expect(admin.Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Added to the library");
    }
}

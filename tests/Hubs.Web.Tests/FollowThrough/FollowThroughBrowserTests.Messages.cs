using Hubs.ServiceDefaults.Auth;
using Hubs.Testing.Browser;
using Hubs.Web.Tests.Pages;
using Microsoft.Playwright;

namespace Hubs.Web.Tests.FollowThrough;

/// <summary>Messages say when the Hub replies (its own setting) and where to go in an emergency.</summary>
public sealed partial class FollowThroughBrowserTests
{
    [Fact]
    public async Task Messages_say_when_the_Hub_replies_and_that_they_are_not_for_emergencies()
    {
        var keyworker = Guid.Parse(web.Identity.Account(HubsRoles.Keyworker).Subject);
        var journey = await KeyworkerJourneys.ReferAsync(web.Host.Services, keyworker, "north", DateTimeOffset.UtcNow);
        await using var browser = await web.SignInAsync(HubsRoles.Keyworker, returnUrl: "/my", width: 390);
        await browser.Page.GotoAsync($"/my/journeys/{journey}/messages");

        var main = browser.Page.Locator("main");
        await Assertions.Expect(main).ToContainTextAsync("The Hub aims to reply within 2 working days");
        await Assertions.Expect(main).ToContainTextAsync("Messages are not for emergencies");
        Assert.Equal(1, await main.Locator("a[href='tel:999']").CountAsync());
        Assert.Equal(1, await main.Locator("a[href='tel:111']").CountAsync());
        await browser.AssertNoViolationsAsync();
    }

    [Fact]
    public async Task A_hub_admin_sets_the_Hubs_contact_and_reply_times_and_keyworkers_are_told_them()
    {
        await using var admin = await web.SignInAsync(HubsRoles.HubAdmin, "south", returnUrl: "/hub-admin/settings");
        var page = admin.Page;
        await page.GotoAsync("/hub-admin/settings");
        Assert.Equal("5", await page.InputValueAsync("#ContactWithinWorkingDays"));
        Assert.Equal("2", await page.InputValueAsync("#ReplyWithinWorkingDays"));
        await page.FillAsync("#ContactWithinWorkingDays", "soon");
        await page.FillAsync("#ReplyWithinWorkingDays", "0");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save settings" }).ClickAsync();
        await admin.AssertErrorForAsync("ContactWithinWorkingDays");
        await admin.AssertErrorForAsync("ReplyWithinWorkingDays");
        await admin.AssertNoViolationsAsync();

        await page.FillAsync("#ContactWithinWorkingDays", "10");
        await page.FillAsync("#ReplyWithinWorkingDays", "3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save settings" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Settings saved");
        Assert.Equal("10", await page.InputValueAsync("#ContactWithinWorkingDays"));

        // The north demo keyworker, referred to the south Hub: the south keyworker's list belongs to the paging test.
        var keyworker = Guid.Parse(web.Identity.Account(HubsRoles.Keyworker).Subject);
        var journey = await KeyworkerJourneys.ReferAsync(web.Host.Services, keyworker, "south", DateTimeOffset.UtcNow);
        await using var browser = await web.SignInAsync(HubsRoles.Keyworker, returnUrl: "/my", width: 390);
        await browser.Page.GotoAsync($"/my/journeys/{journey}/messages");
        await Assertions
            .Expect(browser.Page.Locator("main"))
            .ToContainTextAsync("The Hub aims to reply within 3 working days");
    }
}

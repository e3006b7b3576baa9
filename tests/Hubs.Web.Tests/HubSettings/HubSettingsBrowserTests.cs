using Hubs.ServiceDefaults.Auth;
using Hubs.Testing.Browser;
using Hubs.Web.Tests.Pages;
using Microsoft.Playwright;

namespace Hubs.Web.Tests.HubSettings;

/// <summary>
/// The hub admin, signed in through the real Identity (with TOTP), sets their Hub's screening; keyworkers then get it.
/// </summary>
public sealed class HubSettingsBrowserTests(BrowserFixture system) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_hub_admin_adds_the_PCL_5_and_the_Hubs_next_screening_asks_it()
    {
        await using var admin = await system.SignInAsync(HubsRoles.HubAdmin, "north", returnUrl: "/");
        var page = admin.Page;
        await page.GetByRole(AriaRole.Link, new() { Name = "Hub settings" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Settings for");
        await admin.AssertNoViolationsAsync();

        await page.CheckAsync("input[name=OptionalMeasures][value=Pcl5]");
        await page.CheckAsync("input[name=Pcl5CutOff][value='31']");
        await page.FillAsync("#NoContactDays", "three weeks");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save settings" }).ClickAsync();
        await admin.AssertErrorForAsync("NoContactDays");
        Assert.True(await page.IsCheckedAsync("input[name=OptionalMeasures][value=Pcl5]"));
        Assert.True(await page.IsCheckedAsync("input[name=Pcl5CutOff][value='31']"));
        Assert.Equal("three weeks", await page.InputValueAsync("#NoContactDays"));
        await admin.AssertNoViolationsAsync();

        await page.FillAsync("#NoContactDays", "14");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save settings" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Settings saved");
        Assert.True(await page.IsCheckedAsync("input[name=OptionalMeasures][value=Pcl5]"));
        Assert.Equal("14", await page.InputValueAsync("#NoContactDays"));

        await using var keyworker = await system.OpenAsync();
        await SelfReferralWalk.WalkAsync(keyworker, checkPages: false, "pcl5.asked@example.com");
        await keyworker.Page.GetByRole(AriaRole.Link, new() { Name = "Answer the questions" }).ClickAsync();
        var askedPcl5 = false;
        for (var pageNumber = 0; pageNumber < 12 && !askedPcl5; pageNumber++)
        {
            askedPcl5 = await keyworker.Page.Locator("input[name^='pcl5']").CountAsync() > 0;
            foreach (var group in await keyworker.Page.Locator(".nhsuk-radios").AllAsync())
            {
                await group.Locator("input").First.CheckAsync();
            }

            await keyworker.Page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        }

        Assert.True(askedPcl5, "The north Hub's screening went on to the PCL-5.");
    }

    [Fact]
    public async Task Only_a_hub_admin_opens_the_settings_and_only_for_their_own_Hub()
    {
        await using var clinician = await system.SignInAsync(HubsRoles.Clinician, "north");
        var asClinician = await clinician.Page.GotoAsync("/hub-admin/settings");
        Assert.NotEqual(200, asClinician!.Status);
        Assert.Equal(0, await clinician.Page.Locator("input[name=OptionalMeasures]").CountAsync());

        await using var southAdmin = await system.SignInAsync(HubsRoles.HubAdmin, "south");
        Assert.Equal(404, (await southAdmin.Page.GotoAsync("/hub-admin/settings?hub=north"))!.Status);
        Assert.Equal(200, (await southAdmin.Page.GotoAsync("/hub-admin/settings"))!.Status);
        await Assertions.Expect(southAdmin.Page.Locator("h1")).ToContainTextAsync("South");
    }
}

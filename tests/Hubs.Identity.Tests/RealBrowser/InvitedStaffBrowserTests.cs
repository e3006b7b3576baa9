using System.Text.RegularExpressions;
using Hubs.Identity.Testing;
using Hubs.ServiceDefaults.Auth;
using Hubs.Testing.Auth;
using Microsoft.Playwright;

namespace Hubs.Identity.Tests.RealBrowser;

/// <summary>
/// An invitation end to end in Chromium: admin invites, the new clinician sets a password and enrols TOTP.
/// </summary>
public class InvitedStaffBrowserTests(LiveIdentityFixture identity, Chromium chromium)
    : IClassFixture<LiveIdentityFixture>,
        IClassFixture<Chromium>
{
    private async Task<IPage> NewPageAsync() =>
        await (
            await chromium.Browser.NewContextAsync(
                new BrowserNewContextOptions { BaseURL = identity.BaseUrl.ToString() }
            )
        ).NewPageAsync();

    private static string Totp(string secret) => TotpCodes.Fresh(secret);

    private static async Task SignInAsync(IPage page, string email, string password)
    {
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    [Fact]
    public async Task An_invited_clinician_sets_a_password_and_must_enrol_an_authenticator()
    {
        var admin = identity.Account(HubsRoles.HubAdmin);
        var adminPage = await NewPageAsync();
        await SignInAsync(adminPage, admin.Email, admin.Password);
        await adminPage.GetByLabel("Security code from your authenticator app").FillAsync(Totp(admin.TotpSecret!));
        await adminPage.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        var email = $"clin-{Guid.NewGuid():N}@example.test";
        await adminPage.GotoAsync("/admin/invite");
        await adminPage.GetByLabel("Their work email address").FillAsync(email);
        await adminPage.GetByLabel("Role").SelectOptionAsync(HubsRoles.Clinician);
        await adminPage.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();
        await Assertions.Expect(adminPage.GetByRole(AriaRole.Status)).ToContainTextAsync("Invitation sent.");

        var page = await NewPageAsync();
        await page.GotoAsync(
            Mailbox.LinkIn(await Mailbox.WaitForAsync(identity.Mailbox, email, "You have been invited to Hubs"))
        );
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByLabel("New password").FillAsync("harbour kettle saffron");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save password" }).ClickAsync();
        await SignInAsync(page, email, "harbour kettle saffron");

        await Assertions
            .Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Set up your authenticator app" }))
            .ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        var key = Regex.Match(await page.Locator("code").InnerTextAsync(), "[A-Z2-7]+").Value;
        await page.GetByLabel("Security code").FillAsync(Totp(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on" }).ClickAsync();
        await Assertions
            .Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Save your recovery codes" }))
            .ToBeVisibleAsync();
        Assert.Equal(10, await page.Locator("li code").CountAsync());
    }
}

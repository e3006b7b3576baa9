using System.Text.RegularExpressions;
using Hubs.Identity.Data;
using Hubs.Identity.Testing;
using Hubs.ServiceDefaults.Auth;
using Hubs.Testing.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Hubs.Identity.Tests.RealBrowser;

/// <summary>Real Chromium against the Identity host on Kestrel: what a keyworker and a clinician actually do.</summary>
public class BrowserSignInTests(LiveIdentityFixture identity, Chromium chromium)
    : IClassFixture<LiveIdentityFixture>,
        IClassFixture<Chromium>
{
    private async Task<IPage> NewPageAsync() =>
        await (
            await chromium.Browser.NewContextAsync(
                new BrowserNewContextOptions { BaseURL = identity.BaseUrl.ToString() }
            )
        ).NewPageAsync();

    [Fact]
    public async Task A_keyworker_registers_confirms_from_the_dev_mailbox_and_signs_in()
    {
        var page = await NewPageAsync();
        var email = $"kw-{Guid.NewGuid():N}@example.test";
        await page.GotoAsync("/account/register");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Create a password").FillAsync("short");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("at least 12 characters");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByLabel("Create a password").FillAsync("meadow lantern violin");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Assertions
            .Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Check your email" }))
            .ToBeVisibleAsync();

        var message = await Mailbox.WaitForAsync(identity.Mailbox, email, "Confirm your email address");
        await page.GotoAsync(Mailbox.LinkIn(message));
        await Assertions
            .Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Email address confirmed" }))
            .ToBeVisibleAsync();

        await page.GotoAsync("/account/sign-in");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync("meadow lantern violin");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByText("You are signed in.")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_clinician_signs_in_with_password_and_TOTP()
    {
        var clinician = identity.Account(HubsRoles.Clinician);
        var page = await NewPageAsync();
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email address").FillAsync(clinician.Email);
        await page.GetByLabel("Password").FillAsync(clinician.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        await Assertions
            .Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Enter your security code" }))
            .ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByLabel("Security code from your authenticator app")
            .FillAsync(TotpCodes.Fresh(clinician.TotpSecret!));
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
        await Assertions.Expect(page.GetByText("You are signed in.")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_hub_admin_after_TOTP_finds_the_admin_pages_accessible()
    {
        var admin = identity.Account(HubsRoles.HubAdmin, "south");
        var page = await NewPageAsync();
        await page.GotoAsync("/account/sign-in");
        await page.GetByLabel("Email address").FillAsync(admin.Email);
        await page.GetByLabel("Password").FillAsync(admin.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.GetByLabel("Security code from your authenticator app")
            .FillAsync(TotpCodes.Fresh(admin.TotpSecret!));
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        await page.GotoAsync("/admin/invite");
        await Accessibility.AssertNoViolationsAsync(page);
        // Every undo action on show: a disabled account with two roles, and an invitation not yet accepted.
        await SouthStaffAsync(disabled: true, HubsRoles.Clinician, HubsRoles.HubLead);
        await SouthStaffAsync(disabled: false, HubsRoles.Clinician);
        await page.GotoAsync("/admin");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Enable" })).ToHaveCountAsync(1);
        await Assertions
            .Expect(page.GetByRole(AriaRole.Button, new() { Name = "Remove hub-lead" }))
            .ToHaveCountAsync(1);
        await Assertions
            .Expect(page.GetByRole(AriaRole.Button, new() { Name = "Send invitation again" }))
            .ToHaveCountAsync(1);
        await Accessibility.AssertNoViolationsAsync(page);
        Assert.Matches(new Regex("Staff accounts"), await page.TitleAsync());
    }

    private async Task SouthStaffAsync(bool disabled, params string[] roles)
    {
        using var scope = identity.Host.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<HubsUser>>();
        var email = $"staff-{Guid.NewGuid():N}@example.test";
        var user = new HubsUser
        {
            UserName = email,
            Email = email,
            Disabled = disabled,
            EmailConfirmed = disabled,
        };
        Assert.True((await users.CreateAsync(user)).Succeeded);
        await users.AddToRolesAsync(user, roles);
        await users.AddClaimAsync(user, new System.Security.Claims.Claim(HubsClaimTypes.Hub, "south"));
    }
}

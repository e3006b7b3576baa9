using Hubs.Identity.Testing;
using Hubs.ServiceDefaults.Auth;
using Hubs.Testing.Auth;
using Hubs.Testing.Browser;
using Microsoft.Playwright;

namespace Hubs.Web.Tests.Pages;

/// <summary>
/// Staff sign in to the Web pages through Hubs.Identity: password, then TOTP, then back; and out again.
/// </summary>
public sealed class StaffSignInBrowserTests(BrowserFixture system) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_clinician_is_not_signed_in_to_web_until_their_TOTP_code_is_accepted()
    {
        await using var browser = await system.OpenAsync(width: 1024);
        var page = browser.Page;
        var clinician = system.Identity.Account(HubsRoles.Clinician);
        await page.GotoAsync("/account/sign-in?returnUrl=/");
        await BrowserSignIn.EnterPasswordAsync(page, clinician);
        await Assertions
            .Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Enter your security code" }))
            .ToBeVisibleAsync();

        var meanwhile = await page.Context.NewPageAsync();
        await meanwhile.GotoAsync(system.Origin.ToString());
        await Assertions.Expect(meanwhile.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToHaveCountAsync(0);

        await BrowserSignIn.EnterTotpAsync(page, clinician);
        await page.WaitForURLAsync(system.Origin.ToString());
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();
        await browser.AssertNoViolationsAsync();
    }

    [Fact]
    public async Task Staff_sign_in_does_not_offer_an_account_and_keyworker_sign_in_does()
    {
        await using var browser = await system.OpenAsync(width: 1024);
        var page = browser.Page;

        await page.GotoAsync("/clinic/triage");
        await Assertions.Expect(page.GetByLabel("Password")).ToBeVisibleAsync();
        await Assertions
            .Expect(page.GetByRole(AriaRole.Link, new() { Name = "Create an account" }))
            .ToHaveCountAsync(0);
        await browser.AssertNoViolationsAsync();

        await page.GotoAsync(new Uri(system.Origin, "/my").ToString());
        await Assertions.Expect(page.GetByLabel("Password")).ToBeVisibleAsync();
        await Assertions
            .Expect(page.GetByRole(AriaRole.Link, new() { Name = "Create an account" }))
            .ToHaveCountAsync(1);
    }

    [Fact]
    public async Task A_clinician_signs_out_from_the_workspace()
    {
        await using var browser = await system.SignInAsync(HubsRoles.Clinician, returnUrl: "/clinic/triage");
        var page = browser.Page;
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Triage queue" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions
            .Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign out of Hubs" }))
            .ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        // Identity has ended the session once its confirmation page has gone (where it lands is the other test's).
        await Assertions
            .Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign out of Hubs" }))
            .ToHaveCountAsync(0);
        await page.GotoAsync(new Uri(system.Origin, "/clinic/triage").ToString());
        await Assertions.Expect(page.GetByLabel("Password")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Signing_out_ends_the_session_at_web_and_at_identity()
    {
        await using var browser = await system.SignInAsync(HubsRoles.HubLead);
        var page = browser.Page;
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Assertions
            .Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign out of Hubs" }))
            .ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.WaitForURLAsync(system.Origin.ToString());
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Sign out" })).ToHaveCountAsync(0);

        await page.GotoAsync("/account/sign-in?returnUrl=/");
        await Assertions.Expect(page.GetByLabel("Password")).ToBeVisibleAsync();
    }
}

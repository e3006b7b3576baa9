using System.Text.RegularExpressions;
using Hubs.Testing;
using Hubs.Testing.Auth;
using Hubs.Testing.Browser;
using Microsoft.Playwright;

namespace Hubs.Web.Tests.FreshDeployment;

/// <summary>
/// A staff member's first sign-in on a fresh deployment, as they do it: the password through their one-time link
/// (from <c>create-first-admin</c> or an invitation email), then Web's sign-in and setting up their authenticator
/// app. axe on each Identity page on the way.
/// </summary>
internal static partial class StaffFirstSignIn
{
    public const string Password = "harbour kettle saffron";

    public static async Task WithLinkAsync(BrowserPage browser, string link, string email, string returnUrl)
    {
        var page = browser.Page;
        await page.GotoAsync(link, new() { WaitUntil = WaitUntilState.Commit });
        await page.GetByLabel("New password").FillAsync(Password);
        await browser.AssertNoViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save password" }).ClickAsync();
        await page.GotoAsync(
            $"/account/sign-in?returnUrl={Uri.EscapeDataString(returnUrl)}",
            new() { WaitUntil = WaitUntilState.Commit }
        );
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        var key = KeyIn().Match(await page.Locator("code").InnerTextAsync()).Value;
        await browser.AssertNoViolationsAsync();
        await page.GetByLabel("Security code").FillAsync(TotpCodes.Fresh(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Continue" }).ClickAsync();
        await page.WaitForURLAsync(
            url => url.StartsWith(browser.Origin.ToString(), StringComparison.Ordinal),
            new() { WaitUntil = WaitUntilState.Commit }
        );
    }

    /// <summary>The invitation email's link, then <see cref="WithLinkAsync"/>.</summary>
    public static async Task InvitedAsync(BrowserPage browser, OpsStack stack, string email, string returnUrl)
    {
        var invitation = await Mailbox.WaitForAsync(stack.Mailbox, email, "You have been invited to Hubs");
        var link = new Uri(stack.Identity, Mailbox.LinkIn(invitation)).ToString();
        await WithLinkAsync(browser, link, email, returnUrl);
    }

    /// <summary>The hub admin invites <paramref name="role"/> on Identity's admin page; the new address.</summary>
    public static async Task<string> InviteAsync(BrowserPage admin, OpsStack stack, string role)
    {
        var email = $"{role}-{Guid.NewGuid():N}@example.test";
        var page = admin.Page;
        await page.GotoAsync(new Uri(stack.Identity, "/admin/invite").ToString());
        await page.GetByLabel("Their work email address").FillAsync(email);
        await page.GetByLabel("Role").SelectOptionAsync(role);
        await admin.AssertNoViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Invitation sent.");
        return email;
    }

    /// <summary>The one-time set-password link <c>create-first-admin</c> prints.</summary>
    public static string LinkIn(string printed) => SetPasswordLink().Match(printed).Value;

    [GeneratedRegex(@"http\S+/account/reset-password\?\S+")]
    private static partial Regex SetPasswordLink();

    [GeneratedRegex("[A-Z2-7]+")]
    private static partial Regex KeyIn();
}

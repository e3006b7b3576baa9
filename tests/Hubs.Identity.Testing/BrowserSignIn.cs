using Hubs.Identity.Demo;
using Hubs.Testing.Auth;
using Microsoft.Playwright;

namespace Hubs.Identity.Testing;

/// <summary>Signing in on Hubs.Identity's own pages in a real browser, as a person does.</summary>
public static class BrowserSignIn
{
    /// <summary>
    /// Opens <paramref name="hostUrl"/>'s sign-in (which redirects to Identity), enters the account's
    /// password and, for staff, the current TOTP code, and waits to be back on the host.
    /// </summary>
    public static async Task SignInAsync(IPage page, Uri hostUrl, DemoAccount account, string returnUrl = "/")
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(hostUrl);
        ArgumentNullException.ThrowIfNull(account);
        await page.GotoAsync(
            new Uri(hostUrl, $"/account/sign-in?returnUrl={Uri.EscapeDataString(returnUrl)}").ToString()
        );
        await EnterPasswordAsync(page, account);
        if (account.TotpSecret is not null)
        {
            await EnterTotpAsync(page, account);
        }

        await page.WaitForURLAsync(url =>
            url.StartsWith(hostUrl.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal)
        );
    }

    public static async Task EnterPasswordAsync(IPage page, DemoAccount account)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(account);
        await page.GetByLabel("Email address").FillAsync(account.Email);
        await page.GetByLabel("Password").FillAsync(account.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    public static async Task EnterTotpAsync(IPage page, DemoAccount account)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(account);
        var code = TotpCodes.Fresh(account.TotpSecret!);
        await page.GetByLabel("Security code from your authenticator app").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
    }
}

using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Hubs.Identity.Accounts;
using Hubs.Identity.Data;
using Hubs.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hubs.Identity.Features.Account;

/// <summary>
/// TOTP enrolment, reached after a staff member's first password sign-in (or an MFA reset). The QR
/// code is drawn here as a PNG data URI: the secret never leaves this host.
/// </summary>
[Authorize(AuthenticationSchemes = "Identity.Application")]
public sealed class MfaSetupModel(UserManager<HubsUser> users, SignInManager<HubsUser> signIn) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter the security code")]
    public string Code { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string SharedKey { get; private set; } = string.Empty;

    public string QrDataUri { get; private set; } = string.Empty;

    public IReadOnlyList<string>? RecoveryCodes { get; private set; }

    public string ContinueUrl => LocalUrls.OrHome(ReturnUrl);

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null || await users.GetTwoFactorEnabledAsync(user))
        {
            // Already enrolled: the session must come from a full sign-in with the code.
            return StaffMfa.WasUsed(User) ? LocalRedirect(ContinueUrl) : await SignOutToSignInAsync();
        }

        await LoadKeyAsync(user);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null || await users.GetTwoFactorEnabledAsync(user))
        {
            return await SignOutToSignInAsync();
        }

        var code = Code.Replace(" ", string.Empty, StringComparison.Ordinal);
        if (
            !ModelState.IsValid
            || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code)
        )
        {
            ModelState.AddModelError(
                nameof(Code),
                "The security code is not correct. Check the app shows Hubs and try the newest code."
            );
            await LoadKeyAsync(user);
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        RecoveryCodes = [.. await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10) ?? []];
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim("amr", "mfa")]);
        return Page();
    }

    private async Task LoadKeyAsync(HubsUser user)
    {
        if (string.IsNullOrEmpty(await users.GetAuthenticatorKeyAsync(user)))
        {
            await users.ResetAuthenticatorKeyAsync(user);
        }

        SharedKey = (await users.GetAuthenticatorKeyAsync(user))!;
        QrDataUri = TotpQrCode.DataUri(user.Email!, SharedKey);
    }

    private async Task<IActionResult> SignOutToSignInAsync()
    {
        await signIn.SignOutAsync();
        return RedirectToPage("/Account/SignIn", new { ReturnUrl });
    }
}

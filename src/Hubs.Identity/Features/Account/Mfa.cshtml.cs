using System.ComponentModel.DataAnnotations;
using Hubs.Identity.Data;
using Hubs.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hubs.Identity.Features.Account;

/// <summary>The second step of a staff sign-in; wrong codes count towards lockout like wrong passwords.</summary>
public sealed class MfaModel(SignInManager<HubsUser> signIn) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter the security code")]
    public string Code { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Account/SignIn", new { ReturnUrl }) : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.TwoFactorAuthenticatorSignInAsync(Code.Replace(" ", string.Empty, StringComparison.Ordinal), isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            return LocalRedirect(LocalUrls.OrHome(ReturnUrl));
        }

        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToPage("/Account/SignIn", new { ReturnUrl });
        }

        ModelState.AddModelError(nameof(Code), "The security code is not correct. Check your authenticator app and try again.");
        return Page();
    }
}

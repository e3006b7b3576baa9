using System.ComponentModel.DataAnnotations;
using Hubs.Identity.Data;
using Hubs.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hubs.Identity.Features.Account;

public sealed class RecoveryModel(SignInManager<HubsUser> signIn) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter a recovery code")]
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

        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(Code.Replace(" ", string.Empty, StringComparison.Ordinal));
        if (result.Succeeded)
        {
            return LocalRedirect(LocalUrls.OrHome(ReturnUrl));
        }

        ModelState.AddModelError(nameof(Code), "The recovery code is not correct or was already used.");
        return Page();
    }
}

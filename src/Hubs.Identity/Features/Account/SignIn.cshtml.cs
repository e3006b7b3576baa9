using System.ComponentModel.DataAnnotations;
using Hubs.Identity.Accounts;
using Hubs.Identity.Data;
using Hubs.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hubs.Identity.Features.Account;

public sealed class SignInModel(
    PasswordSignIn passwordSignIn,
    UserManager<HubsUser> users,
    AccountEmails emails,
    RegistrationOffer registration
) : PageModel
{
    /// <summary>The one answer for an unknown email, a wrong password and a locked account.</summary>
    public const string Refused =
        "Enter a correct email address and password. After 5 wrong attempts an account is locked for 15 minutes.";

    [BindProperty]
    [Required(ErrorMessage = "Enter your email address")]
    [AccountEmail]
    public string Email { get; set; } = string.Empty;

    [BindProperty]
    [Required(ErrorMessage = "Enter your password")]
    public string Password { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>Keyworkers signing in to Web may create an account here; staff never.</summary>
    public bool OffersRegistration { get; private set; }

    public async Task OnGetAsync() =>
        OffersRegistration = await registration.AppliesAsync(ReturnUrl, HttpContext.RequestAborted);

    public async Task<IActionResult> OnPostAsync()
    {
        OffersRegistration = await registration.AppliesAsync(ReturnUrl, HttpContext.RequestAborted);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        switch (await passwordSignIn.SignInAsync(Email, Password))
        {
            case PasswordSignInOutcome.SignedIn:
                var user = await users.FindByEmailAsync(Email.Trim());
                return await StaffMfa.IsRequiredAsync(users, user!)
                    ? RedirectToPage("/Account/MfaSetup", new { ReturnUrl = LocalUrls.OrHome(ReturnUrl) })
                    : LocalRedirect(LocalUrls.OrHome(ReturnUrl));
            case PasswordSignInOutcome.NeedsSecondFactor:
                return RedirectToPage("/Account/Mfa", new { ReturnUrl = LocalUrls.OrHome(ReturnUrl) });
            case PasswordSignInOutcome.NeedsEmailConfirmation:
                await emails.SendConfirmationAsync((await users.FindByEmailAsync(Email.Trim()))!);
                ModelState.AddModelError(
                    nameof(Email),
                    "Confirm your email address first: we have sent you a new link."
                );
                return Page();
            default:
                ModelState.AddModelError(nameof(Email), Refused);
                return Page();
        }
    }
}

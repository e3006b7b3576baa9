using Hubs.Identity.Data;
using Hubs.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hubs.Identity.Features.Account;

/// <summary>
/// The second step of a staff sign-in, by authenticator code or by recovery code: one flow, so both send a
/// person whose first step has lapsed back to sign in, and wrong codes count towards lockout like passwords.
/// </summary>
public abstract class SecondStepModel(SignInManager<HubsUser> signIn) : PageModel
{
    protected SignInManager<HubsUser> SignInManager { get; } = signIn;

    [BindProperty]
    public string Code { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    /// <summary>The error when no code was typed.</summary>
    protected abstract string MissingCode { get; }

    /// <summary>The error when the code was not accepted.</summary>
    protected abstract string WrongCode { get; }

    public async Task<IActionResult> OnGetAsync() =>
        await SignInManager.GetTwoFactorAuthenticationUserAsync() is null ? BackToSignIn() : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Code))
        {
            ModelState.AddModelError(nameof(Code), MissingCode);
            return Page();
        }

        var result = await SignInAsync(Code.Replace(" ", string.Empty, StringComparison.Ordinal));
        if (result.Succeeded)
        {
            return LocalRedirect(LocalUrls.OrHome(ReturnUrl));
        }

        if (await SignInManager.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return BackToSignIn();
        }

        ModelState.AddModelError(nameof(Code), WrongCode);
        return Page();
    }

    protected abstract Task<Microsoft.AspNetCore.Identity.SignInResult> SignInAsync(string code);

    private RedirectToPageResult BackToSignIn() => RedirectToPage("/Account/SignIn", new { ReturnUrl });
}

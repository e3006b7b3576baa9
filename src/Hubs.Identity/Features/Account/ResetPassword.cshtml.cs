using System.ComponentModel.DataAnnotations;
using Hubs.Identity.Accounts;
using Hubs.Identity.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hubs.Identity.Features.Account;

/// <summary>
/// Password reset, and the first password of an invited staff member: following the emailed link
/// proves the address, so it also confirms the email.
/// </summary>
public sealed class ResetPasswordModel(UserManager<HubsUser> users) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string UserId { get; set; } = string.Empty;

    [BindProperty(SupportsGet = true)]
    public string Code { get; set; } = string.Empty;

    [BindProperty]
    [Required(ErrorMessage = "Enter a new password")]
    public string Password { get; set; } = string.Empty;

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.FindByIdAsync(UserId);
        if (user is null || user.Disabled)
        {
            ModelState.AddModelError(nameof(Password), "This link is not valid. Ask for a new one.");
        }

        if (!ModelState.IsValid || user is null)
        {
            return Page();
        }

        var result = await users.ResetPasswordAsync(user, Decode(Code), Password);
        if (!result.Succeeded)
        {
            result
                .Errors.ToList()
                .ForEach(error =>
                    ModelState.AddModelError(
                        nameof(Password),
                        error.Code == "InvalidToken"
                            ? "This link has expired or was already used. Ask for a new one."
                            : error.Description
                    )
                );
            return Page();
        }

        if (!user.EmailConfirmed)
        {
            user.EmailConfirmed = true;
            await users.UpdateAsync(user);
        }

        return RedirectToPage("/Account/SignIn");
    }

    private static string Decode(string code)
    {
        try
        {
            return AccountEmails.Decode(code);
        }
        catch (FormatException)
        {
            return string.Empty;
        }
    }
}

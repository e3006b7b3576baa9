using System.ComponentModel.DataAnnotations;
using Hubs.Identity.Accounts;
using Hubs.Identity.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hubs.Identity.Features.Account;

/// <summary>Always answers "check your email", whether or not the address has an account.</summary>
public sealed class ForgotPasswordModel(UserManager<HubsUser> users, AccountEmails emails) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter your email address")]
    [AccountEmail]
    public string Email { get; set; } = string.Empty;

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await users.FindByEmailAsync(Email.Trim());
        if (user is { Disabled: false, EmailConfirmed: true })
        {
            await emails.SendPasswordResetAsync(user);
        }

        return RedirectToPage("/Account/CheckEmail");
    }
}

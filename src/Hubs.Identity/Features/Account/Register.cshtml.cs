using System.ComponentModel.DataAnnotations;
using Hubs.Identity.Accounts;
using Hubs.Identity.Data;
using Hubs.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hubs.Identity.Features.Account;

/// <summary>
/// Keyworker self-registration. The password is judged before the email is looked up, and an email
/// that already has an account gets a "you already have an account" email, after the same password-hash
/// work as a new account: the page never tells anyone, by its words or its timing, whether an address is registered.
/// </summary>
public sealed class RegisterModel(UserManager<HubsUser> users, AccountEmails emails, IPasswordHasher<HubsUser> hasher)
    : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter your email address")]
    [AccountEmail]
    public string Email { get; set; } = string.Empty;

    [BindProperty]
    [Required(ErrorMessage = "Create a password")]
    public string Password { get; set; } = string.Empty;

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        // Model binding leaves a blank field null: nothing is read from it until the form is valid.
        var user = new HubsUser { UserName = Email?.Trim(), Email = Email?.Trim() };
        if (ModelState.IsValid)
        {
            foreach (var validator in users.PasswordValidators)
            {
                var result = await validator.ValidateAsync(users, user, Password);
                result.Errors.ToList().ForEach(error => ModelState.AddModelError(nameof(Password), error.Description));
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (await users.FindByEmailAsync(user.Email!) is not null)
        {
            // The password hash a new account costs, so the answer takes as long (issue #15).
            hasher.HashPassword(user, Password);
            await emails.SendAlreadyRegisteredAsync(user.Email!);
            return RedirectToPage("/Account/CheckEmail");
        }

        var created = await users.CreateAsync(user, Password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException(
                "Registration failed: " + string.Join(", ", created.Errors.Select(error => error.Code))
            );
        }

        await users.AddToRoleAsync(user, HubsRoles.Keyworker);
        await emails.SendConfirmationAsync(user);
        return RedirectToPage("/Account/CheckEmail");
    }
}

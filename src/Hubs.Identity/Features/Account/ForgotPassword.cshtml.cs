using System.ComponentModel.DataAnnotations;
using Hubs.Identity.Accounts;
using Hubs.Identity.Email;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hubs.Identity.Features.Account;

/// <summary>
/// Always answers "check your email", whether or not the address has an account, after the same work either way: the
/// request is queued, and the outbox's sender looks the address up and emails its owner (<see cref="EmailOutbox"/>).
/// </summary>
public sealed class ForgotPasswordModel(EmailOutbox outbox, AccountEmails emails) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter your email address")]
    [AccountEmail]
    public string Email { get; set; } = string.Empty;

    public void OnGet() { }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        await outbox.EnqueuePasswordResetAsync(Email.Trim(), emails.Origin, HttpContext.RequestAborted);
        return RedirectToPage("/Account/CheckEmail");
    }
}

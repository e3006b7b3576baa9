using System.ComponentModel.DataAnnotations;
using Hubs.Identity.Accounts;
using Hubs.Identity.Data;
using Hubs.Identity.Staff;
using Hubs.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hubs.Identity.Features.Admin;

public sealed class InviteModel(UserManager<HubsUser> users, StaffAdministration administration) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "Enter their email address")]
    [AccountEmail]
    public string Email { get; set; } = string.Empty;

    [BindProperty(Name = "role")]
    public string Role { get; set; } = HubsRoles.Clinician;

    [BindProperty(Name = "hub")]
    public string Hub { get; set; } = string.Empty;

    public RoleAndHubChoices Choices { get; private set; } = new("invite", HubsRoles.Staff, []);

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync()
    {
        var admin = await users.GetUserAsync(User)
            ?? throw new InvalidOperationException("The admin account no longer exists.");
        if (ModelState.IsValid && await administration.InviteAsync(admin, Email.Trim(), Role, Hub) is { } refusal)
        {
            ModelState.AddModelError(nameof(Email), refusal);
        }

        if (!ModelState.IsValid)
        {
            await LoadAsync();
            return Page();
        }

        TempData["Done"] = "Invitation sent.";
        return RedirectToPage("/Admin/Index");
    }

    private async Task LoadAsync()
    {
        var admin = await users.GetUserAsync(User);
        Choices = new("invite", HubsRoles.Staff, admin is null ? [] : await administration.HubsOfAsync(admin));
    }
}

using Hubs.Identity.Data;
using Hubs.Identity.Staff;
using Hubs.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Hubs.Identity.Features.Admin;

/// <summary>
/// Staff of the admin's Hubs, with assign, reset-authenticator and disable actions and their undo (enable,
/// remove a role, send a new invitation), all audited.
/// </summary>
public sealed class IndexModel(UserManager<HubsUser> users, StaffAdministration administration) : PageModel
{
    public IReadOnlyList<StaffMember> Staff { get; private set; } = [];

    public IReadOnlyList<string> AdminHubs { get; private set; } = [];

    [TempData]
    public string? Done { get; set; }

    public RoleAndHubChoices Choices(string id) => new(id, HubsRoles.Staff, AdminHubs);

    public async Task OnGetAsync() => await LoadAsync(await AdminAsync());

    public Task<IActionResult> OnPostAssignAsync(string id, string role, string hub) =>
        ActAsync(admin => administration.AssignAsync(admin, id, role, hub), "Role and Hub assigned.");

    public Task<IActionResult> OnPostDisableAsync(string id) =>
        ActAsync(admin => administration.DisableAsync(admin, id), "Account disabled and signed out everywhere.");

    public Task<IActionResult> OnPostResetMfaAsync(string id) =>
        ActAsync(
            admin => administration.ResetMfaAsync(admin, id),
            "Authenticator reset: they set up a new one at their next sign-in."
        );

    public Task<IActionResult> OnPostEnableAsync(string id) =>
        UndoAsync(
            id,
            (admin, target) => administration.EnableAsync(admin, target),
            "Account enabled: they can sign in again."
        );

    public Task<IActionResult> OnPostRemoveRoleAsync(string id, string role) =>
        UndoAsync(id, (admin, target) => administration.RemoveRoleAsync(admin, target, role), "Role removed.");

    public Task<IActionResult> OnPostReinviteAsync(string id) =>
        UndoAsync(
            id,
            (admin, target) => administration.ReinviteAsync(admin, target),
            "A new invitation has been sent."
        );

    /// <summary>An account outside the admin's Hubs is answered as if it did not exist.</summary>
    private async Task<IActionResult> UndoAsync(string id, Func<HubsUser, HubsUser, Task<string?>> action, string done)
    {
        var admin = await AdminAsync();
        return await administration.ManageableAsync(admin, id) is { } target
            ? await ActAsync(_ => action(admin, target), done)
            : NotFound();
    }

    private async Task<IActionResult> ActAsync(Func<HubsUser, Task<string?>> action, string done)
    {
        var admin = await AdminAsync();
        if (await action(admin) is { } refusal)
        {
            ModelState.AddModelError(string.Empty, refusal);
            await LoadAsync(admin);
            return Page();
        }

        Done = done;
        return RedirectToPage();
    }

    private async Task<HubsUser> AdminAsync() =>
        await users.GetUserAsync(User) ?? throw new InvalidOperationException("The admin account no longer exists.");

    private async Task LoadAsync(HubsUser admin)
    {
        AdminHubs = await administration.HubsOfAsync(admin);
        Staff = await administration.ListAsync(admin);
    }
}

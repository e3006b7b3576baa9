using Hubs.Identity.Data;
using Hubs.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Identity;

namespace Hubs.Identity.Staff;

/// <summary>
/// The inverse of each admin action, so a mistaken click needs no database edit. The page has already
/// checked that the target is an account the admin may manage (<see cref="ManageableAsync"/>).
/// </summary>
public sealed partial class StaffAdministration
{
    public async Task<string?> EnableAsync(HubsUser admin, HubsUser target)
    {
        if (!target.Disabled)
        {
            return "That account is not disabled.";
        }

        target.Disabled = false;
        target.LockoutEnd = null;
        target.AccessFailedCount = 0;
        Check(await users.UpdateAsync(target));
        await AuditAsync(admin, StaffAction.Enabled, target, null, null);
        return null;
    }

    public async Task<string?> RemoveRoleAsync(HubsUser admin, HubsUser target, string role)
    {
        var roles = await users.GetRolesAsync(target);
        if (!HubsRoles.IsStaff(role) || !roles.Contains(role))
        {
            return "That account does not have that role.";
        }

        if (roles.Count == 1)
        {
            return "An account keeps at least one role: disable the account instead.";
        }

        if (target.Id == admin.Id && role == HubsRoles.HubAdmin)
        {
            return "You cannot remove your own hub admin role: ask another hub admin.";
        }

        Check(await users.RemoveFromRoleAsync(target, role));
        // The role leaves tokens at their next refresh; sessions end now, as for a disabled account.
        await EndSessionsAsync(target);
        await AuditAsync(admin, StaffAction.RoleRemoved, target, role, null);
        return null;
    }

    /// <summary>A new link for someone who has not yet chosen a password (the first one expired or was lost).</summary>
    public async Task<string?> ReinviteAsync(HubsUser admin, HubsUser target)
    {
        if (target.Disabled || target.EmailConfirmed || await users.HasPasswordAsync(target))
        {
            return "That person has already accepted their invitation.";
        }

        await AuditAsync(admin, StaffAction.Reinvited, target, null, null);
        await emails.SendInvitationAsync(target);
        return null;
    }
}

using System.Security.Claims;
using Hubs.Identity.Accounts;
using Hubs.Identity.Data;
using Hubs.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OpenIddict.Abstractions;

namespace Hubs.Identity.Staff;

/// <summary>
/// A hub admin's actions on staff accounts. Each is checked against <see cref="StaffScope"/> and
/// written to identity.audit straight after its effect. A refused action returns an
/// error message instead of changing anything.
/// </summary>
public sealed partial class StaffAdministration(
    UserManager<HubsUser> users,
    IdentityDb db,
    AccountEmails emails,
    IOpenIddictTokenManager tokens,
    TimeProvider clock
)
{
    public async Task<IReadOnlyList<string>> HubsOfAsync(HubsUser user) =>
        [
            .. (await users.GetClaimsAsync(user))
                .Where(claim => claim.Type == HubsClaimTypes.Hub)
                .Select(claim => claim.Value),
        ];

    public async Task<IReadOnlyList<StaffMember>> ListAsync(HubsUser admin)
    {
        var adminHubs = await HubsOfAsync(admin);
        var ids = await db
            .UserClaims.Where(claim => claim.ClaimType == HubsClaimTypes.Hub && adminHubs.Contains(claim.ClaimValue!))
            .Select(claim => claim.UserId)
            .Distinct()
            .ToListAsync();
        var members = new List<StaffMember>();
        foreach (
            var user in await db.Users.Where(user => ids.Contains(user.Id)).OrderBy(user => user.Email).ToListAsync()
        )
        {
            var roles = await users.GetRolesAsync(user);
            if (roles.All(HubsRoles.IsStaff))
            {
                members.Add(
                    new StaffMember(
                        user.Id,
                        user.Email!,
                        [.. roles],
                        await HubsOfAsync(user),
                        user.Disabled,
                        user.TwoFactorEnabled,
                        InvitationPending: !user.EmailConfirmed && user.PasswordHash is null
                    )
                );
            }
        }

        return members;
    }

    public async Task<string?> InviteAsync(HubsUser admin, string email, string role, string hub)
    {
        if (!StaffScope.CanGrant(await HubsOfAsync(admin), role, hub))
        {
            return "You can only invite staff to your own Hubs.";
        }

        if (await users.FindByEmailAsync(email) is not null)
        {
            // Never "already has an account": that would tell an admin who uses Hubs for support. The owner hears
            // instead.
            await emails.SendInvitationToExistingAccountAsync(email);
            return null;
        }

        var user = new HubsUser { UserName = email, Email = email };
        Check(await users.CreateAsync(user));
        Check(await users.AddToRoleAsync(user, role));
        Check(await users.AddClaimAsync(user, new Claim(HubsClaimTypes.Hub, hub)));
        await AuditAsync(admin, StaffAction.Invited, user, role, hub);
        await emails.SendInvitationAsync(user);
        return null;
    }

    public async Task<string?> AssignAsync(HubsUser admin, string targetId, string role, string hub)
    {
        var target = await ManageableAsync(admin, targetId);
        if (target is null || !StaffScope.CanGrant(await HubsOfAsync(admin), role, hub))
        {
            return "You can only assign staff roles in your own Hubs.";
        }

        if (!await users.IsInRoleAsync(target, role))
        {
            Check(await users.AddToRoleAsync(target, role));
        }

        if (!(await HubsOfAsync(target)).Contains(hub))
        {
            Check(await users.AddClaimAsync(target, new Claim(HubsClaimTypes.Hub, hub)));
        }

        await AuditAsync(admin, StaffAction.Assigned, target, role, hub);
        return null;
    }

    public async Task<string?> DisableAsync(HubsUser admin, string targetId)
    {
        var target = await ManageableAsync(admin, targetId);
        if (target is null || target.Id == admin.Id)
        {
            return "You cannot disable that account.";
        }

        target.Disabled = true;
        target.LockoutEnd = DateTimeOffset.MaxValue;
        Check(await users.UpdateAsync(target));
        await EndSessionsAsync(target);
        await AuditAsync(admin, StaffAction.Disabled, target, null, null);
        return null;
    }

    public async Task<string?> ResetMfaAsync(HubsUser admin, string targetId)
    {
        var target = await ManageableAsync(admin, targetId);
        if (target is null)
        {
            return "You cannot reset that account.";
        }

        Check(await users.SetTwoFactorEnabledAsync(target, false));
        Check(await users.ResetAuthenticatorKeyAsync(target));
        await EndSessionsAsync(target);
        await AuditAsync(admin, StaffAction.MfaReset, target, null, null);
        return null;
    }

    /// <summary>The account if this admin may manage it; otherwise null, whether or not it exists.</summary>
    public async Task<HubsUser?> ManageableAsync(HubsUser admin, string targetId) =>
        await users.FindByIdAsync(targetId) is { } target
        && StaffScope.CanManage(
            await HubsOfAsync(admin),
            [.. await users.GetRolesAsync(target)],
            await HubsOfAsync(target)
        )
            ? target
            : null;

    /// <summary>
    /// Refresh tokens die now (revoked, and the security stamp they carry changes); access tokens within minutes.
    /// </summary>
    private async Task EndSessionsAsync(HubsUser target)
    {
        Check(await users.UpdateSecurityStampAsync(target));
        await tokens.RevokeBySubjectAsync(target.Id);
    }

    private async Task AuditAsync(HubsUser admin, string action, HubsUser target, string? role, string? hub)
    {
        db.Audit.Add(
            new AuditEntry
            {
                At = clock.GetUtcNow(),
                ActorId = admin.Id,
                Action = action,
                TargetId = target.Id,
                Role = role,
                Hub = hub,
            }
        );
        await db.SaveChangesAsync();
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(error => error.Code)));
        }
    }
}

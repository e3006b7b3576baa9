using System.Security.Claims;
using Hubs.Identity.Data;
using Hubs.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Hubs.Identity.Staff;

/// <summary>
/// The first hub admin of a deployment without the demo seed, made by the operator (<c>create-first-admin</c>):
/// only while no hub admin exists, so it can never add a second admin behind the admins' backs. A Hub is a
/// <c>hub</c> claim here (and an entry of Web's <c>Hubs:Directory</c>): giving it to the account is all that
/// "making" the Hub takes in Identity. The account has no password: the person chooses one through the link.
/// </summary>
public sealed class FirstAdmin(UserManager<HubsUser> users, IdentityDb db, TimeProvider clock)
{
    public const string Exists =
        "A hub admin already exists, so nothing was changed. Ask them to invite more staff from the admin pages.";

    /// <summary>The new account, or null (and nothing changed) when a hub admin already exists.</summary>
    public async Task<HubsUser?> CreateAsync(string email, string hub)
    {
        // One operator run at a time: two runs at once must not both find "no admin yet".
        await using var transaction = await db.Database.BeginTransactionAsync();
        await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(hashtext('hubs-first-admin'))");
        if ((await users.GetUsersInRoleAsync(HubsRoles.HubAdmin)).Count > 0)
        {
            return null;
        }

        var user = new HubsUser { UserName = email, Email = email };
        Check(await users.CreateAsync(user));
        Check(await users.AddToRoleAsync(user, HubsRoles.HubAdmin));
        Check(await users.AddClaimAsync(user, new Claim(HubsClaimTypes.Hub, hub)));
        db.Audit.Add(
            new AuditEntry
            {
                At = clock.GetUtcNow(),
                ActorId = "operator",
                Action = StaffAction.FirstAdminCreated,
                TargetId = user.Id,
                Role = HubsRoles.HubAdmin,
                Hub = hub,
            }
        );
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return user;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(error => error.Code)));
        }
    }
}

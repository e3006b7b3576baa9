using System.Security.Claims;
using Hubs.Identity.Data;
using Hubs.ServiceDefaults.Auth;
using Hubs.ServiceDefaults.Demo;
using Microsoft.AspNetCore.Identity;

namespace Hubs.Identity.Demo;

/// <summary>
/// One account per role per demo Hub, with fresh passwords and (for staff) fresh TOTP secrets on
/// every run. Keyworkers belong to no Hub; two exist so "own" and "other" journeys can be tried.
/// </summary>
internal sealed class DemoAccounts(UserManager<HubsUser> users)
{
    public static readonly IReadOnlyList<string> Hubs = ["north", "south"];

    public async Task<IReadOnlyList<DemoAccount>> SeedAsync()
    {
        var accounts = new List<DemoAccount>();
        foreach (var hub in Hubs)
        {
            accounts.Add(await SeedAsync(HubsRoles.Keyworker, null, $"keyworker.{hub}@demo.hubs.invalid"));
            foreach (var role in HubsRoles.Staff)
            {
                accounts.Add(await SeedAsync(role, hub, $"{role}.{hub}@demo.hubs.invalid"));
            }
        }

        return accounts;
    }

    private async Task<DemoAccount> SeedAsync(string role, string? hub, string email)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            user = new HubsUser
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
            };
            if (DirectoryPosition(role) is { } position)
            {
                // The demo clinician and lead are the first two people of the Web's synthetic directory.
                user.Id = DemoClinicianIds.For(hub!, position).ToString("N");
            }

            Check(await users.CreateAsync(user));
            Check(await users.AddToRoleAsync(user, role));
            if (hub is not null)
            {
                Check(await users.AddClaimAsync(user, new Claim(HubsClaimTypes.Hub, hub)));
            }
        }

        var password = "demo-" + DemoSecrets.New();
        Check(await users.RemovePasswordAsync(user));
        Check(await users.AddPasswordAsync(user, password));
        string? totp = null;
        if (HubsRoles.IsStaff(role))
        {
            Check(await users.ResetAuthenticatorKeyAsync(user));
            totp = await users.GetAuthenticatorKeyAsync(user);
            Check(await users.SetTwoFactorEnabledAsync(user, true));
        }

        return new DemoAccount(role, hub, email, password, totp, user.Id);
    }

    private static int? DirectoryPosition(string role) =>
        role switch
        {
            HubsRoles.Clinician => 0,
            HubsRoles.HubLead => 1,
            _ => null,
        };

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(error => error.Description)));
        }
    }
}

using System.Security.Claims;
using Hubs.Identity.Data;
using Hubs.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Identity;

namespace Hubs.Identity.Accounts;

/// <summary>Staff accounts guard health records, so every staff session must have passed TOTP.</summary>
public static class StaffMfa
{
    /// <summary>ASP.NET Core Identity adds <c>amr=mfa</c> to the session after a second factor.</summary>
    public static bool WasUsed(ClaimsPrincipal principal) => principal.HasClaim("amr", "mfa");

    public static async Task<bool> IsRequiredAsync(UserManager<HubsUser> users, HubsUser user) =>
        (await users.GetRolesAsync(user)).Any(HubsRoles.IsStaff);
}

using Hubs.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Identity;

namespace Hubs.Identity.Accounts;

public sealed class HubsRoleSeeder(RoleManager<IdentityRole> roles)
{
    public async Task EnsureAsync()
    {
        foreach (var role in HubsRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }
}

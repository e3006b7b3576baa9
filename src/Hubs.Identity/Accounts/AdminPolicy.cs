using Hubs.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Hubs.Identity.Accounts;

/// <summary>The admin pages: a hub admin whose session has passed TOTP.</summary>
internal static class AdminPolicy
{
    public const string Name = "hub-admin";

    public static void Build(AuthorizationPolicyBuilder policy) =>
        policy
            .AddAuthenticationSchemes(IdentityConstants.ApplicationScheme)
            .RequireRole(HubsRoles.HubAdmin)
            .RequireAssertion(context => StaffMfa.WasUsed(context.User));
}

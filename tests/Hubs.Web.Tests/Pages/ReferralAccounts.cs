using Hubs.Identity.Data;
using Hubs.Identity.Testing;
using Hubs.Testing.Auth;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Web.Tests.Pages;

/// <summary>Looks in the real Hubs.Identity for the account a self-referral made.</summary>
internal static class ReferralAccounts
{
    public static async Task<HubsUser> FindAsync(LiveIdentity identity, string email)
    {
        await using var scope = identity.Host.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<HubsUser>>();
        return await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No account for {email}.");
    }
}

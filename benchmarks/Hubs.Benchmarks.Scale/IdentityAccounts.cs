using System.Security.Claims;
using Hubs.Identity;
using Hubs.Identity.Data;
using Hubs.Identity.Demo;
using Hubs.ServiceDefaults.Auth;
using Hubs.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Benchmarks.Scale;

internal sealed record BenchAccount(string Email, string Password, string? TotpSecret);

/// <summary>
/// The people who sign in to Identity during the run: keyworkers (password) and clinicians and Hub leads of the
/// seeded Hubs (password and TOTP, as staff must), made through Identity's own UserManager in this process (Identity's
/// process is not started yet), with the demo clients the code flow uses. New accounts each run.
/// </summary>
internal static class IdentityAccounts
{
    public static async Task<IReadOnlyList<BenchAccount>> SeedAsync(
        TestDatabase database,
        IReadOnlyList<string> hubIds,
        int count
    )
    {
        Environment.SetEnvironmentVariable(
            "ASPNETCORE_TEST_CONTENTROOT_HUBS_IDENTITY",
            RepositoryRoot.Combine("src", "Hubs.Identity")
        );
        var settings = HostSettings
            .Identity(database)
            .ToDictionary(s => s.Key.Replace("__", ":"), s => (string?)s.Value);
        await using var host = new TestHost<IdentityEntryPoint>(settings);
        await DemoSeeder.RunAsync(host.Services, null, TextWriter.Null);
        using var scope = host.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<HubsUser>>();
        var accounts = new List<BenchAccount>(count);
        for (var i = 0; i < count; i++)
        {
            // Two in three sign-ins are keyworkers' (the many), the rest staff's.
            var role = (i % 3) switch
            {
                2 => i % 2 == 0 ? HubsRoles.Clinician : HubsRoles.HubLead,
                _ => HubsRoles.Keyworker,
            };
            accounts.Add(await CreateAsync(users, role, role == HubsRoles.Keyworker ? null : hubIds[i % hubIds.Count]));
        }

        return accounts;
    }

    private static async Task<BenchAccount> CreateAsync(UserManager<HubsUser> users, string role, string? hub)
    {
        var email = $"{role}-{Guid.NewGuid():N}@scale.hubs.invalid";
        var password = "scale-" + Guid.NewGuid().ToString("N");
        var user = new HubsUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
        };
        Check(await users.CreateAsync(user, password));
        Check(await users.AddToRoleAsync(user, role));
        if (hub is null)
        {
            return new BenchAccount(email, password, null);
        }

        Check(await users.AddClaimAsync(user, new Claim(HubsClaimTypes.Hub, hub)));
        Check(await users.ResetAuthenticatorKeyAsync(user));
        Check(await users.SetTwoFactorEnabledAsync(user, true));
        return new BenchAccount(email, password, await users.GetAuthenticatorKeyAsync(user));
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}

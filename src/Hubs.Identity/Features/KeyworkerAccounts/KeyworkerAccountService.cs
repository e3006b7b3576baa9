using Hubs.Identity.Accounts;
using Hubs.Identity.Data;
using Hubs.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Identity;

namespace Hubs.Identity.Features.KeyworkerAccounts;

/// <summary>
/// A new address gets a new, unconfirmed keyworker account (confirming only gates signing in later).
/// An address that has an account gives its id only to its password; otherwise the owner is emailed
/// and the answer is null. Every path costs one password hash; wrong passwords count towards lockout.
/// </summary>
public sealed partial class KeyworkerAccountService(
    UserManager<HubsUser> users,
    IPasswordHasher<HubsUser> hasher,
    AccountEmails emails,
    ILogger<KeyworkerAccountService> logger
)
{
    private static readonly HubsUser Nobody = new();
    private static readonly Lazy<string> NobodyHash = new(() =>
        new PasswordHasher<HubsUser>().HashPassword(Nobody, Guid.NewGuid().ToString())
    );

    public async Task<string?> RegisterAsync(string email, string password)
    {
        if (await users.FindByEmailAsync(email) is { } existing)
        {
            return await UseExistingAsync(existing, password);
        }

        var user = new HubsUser { UserName = email, Email = email };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            // Two referrals with one new address at the same moment: the other one created the account.
            return await users.FindByEmailAsync(email) is { } raced
                ? await UseExistingAsync(raced, password)
                : throw new InvalidOperationException(
                    "Account creation failed: " + string.Join(", ", created.Errors.Select(error => error.Code))
                );
        }

        await users.AddToRoleAsync(user, HubsRoles.Keyworker);
        await emails.SendConfirmationAsync(user);
        LogCreated(logger, user.Id);
        return user.Id;
    }

    private async Task<string?> UseExistingAsync(HubsUser user, string password)
    {
        var roles = await users.GetRolesAsync(user);
        if (ExistingAccountDecision.MayTryPassword([.. roles], user.Disabled, await users.IsLockedOutAsync(user)))
        {
            if (await users.CheckPasswordAsync(user, password))
            {
                await users.ResetAccessFailedCountAsync(user);
                LogReused(logger, user.Id);
                return user.Id;
            }

            await users.AccessFailedAsync(user);
        }
        else
        {
            hasher.VerifyHashedPassword(Nobody, NobodyHash.Value, password);
        }

        await emails.SendReferralWithExistingAccountAsync(user.Email!);
        LogNotLinked(logger, user.Id);
        return null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Keyworker account {Subject} created for a referral")]
    private static partial void LogCreated(ILogger logger, string subject);

    [LoggerMessage(Level = LogLevel.Information, Message = "Referral linked to existing keyworker account {Subject}")]
    private static partial void LogReused(ILogger logger, string subject);

    [LoggerMessage(
        Level = LogLevel.Information,
        Message = "Referral not linked to existing account {Subject}; its owner was emailed"
    )]
    private static partial void LogNotLinked(ILogger logger, string subject);
}

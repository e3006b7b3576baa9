using Hubs.Identity.Data;
using Microsoft.AspNetCore.Identity;

namespace Hubs.Identity.Accounts;

public enum PasswordSignInOutcome
{
    /// <summary>
    /// No such user, wrong password, locked out or disabled: one answer, so accounts cannot be discovered.
    /// </summary>
    Refused,
    SignedIn,
    NeedsSecondFactor,
    NeedsEmailConfirmation,
}

/// <summary>
/// Password sign-in that behaves the same whether or not the account exists: every refusal (unknown, wrong
/// password, locked, disabled, unconfirmed) costs one password hash, and all are reported as the same refusal.
/// </summary>
public sealed class PasswordSignIn(
    UserManager<HubsUser> users,
    SignInManager<HubsUser> signIn,
    IPasswordHasher<HubsUser> hasher
)
{
    private static readonly HubsUser Nobody = new();
    private static readonly Lazy<string> NobodyHash = new(() =>
        new PasswordHasher<HubsUser>().HashPassword(Nobody, Guid.NewGuid().ToString())
    );

    public async Task<PasswordSignInOutcome> SignInAsync(string email, string password)
    {
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null || user.Disabled)
        {
            hasher.VerifyHashedPassword(Nobody, NobodyHash.Value, password);
            return PasswordSignInOutcome.Refused;
        }

        var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return PasswordSignInOutcome.SignedIn;
        }

        if (result.RequiresTwoFactor)
        {
            return PasswordSignInOutcome.NeedsSecondFactor;
        }

        // Unconfirmed accounts are refused before Identity checks the password; check it here (counting
        // failures towards lockout) so only someone who knows it learns that the email needs confirming.
        if (result.IsNotAllowed && !await users.IsLockedOutAsync(user))
        {
            if (await users.CheckPasswordAsync(user, password))
            {
                return PasswordSignInOutcome.NeedsEmailConfirmation;
            }

            await users.AccessFailedAsync(user);
        }
        else if (result.IsNotAllowed || result.IsLockedOut)
        {
            // Identity refused before hashing: pay the hash anyway, so a locked account does not show in the timing.
            hasher.VerifyHashedPassword(Nobody, NobodyHash.Value, password);
        }

        return PasswordSignInOutcome.Refused;
    }
}

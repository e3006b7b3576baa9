using Hubs.Identity.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OtpNet;

namespace Hubs.Identity.Accounts;

/// <summary>
/// The authenticator app's codes (RFC 6238: 30-second steps, 6 digits, ±2 steps for clock drift, as
/// Identity's own provider), each good once: accepting a code records its step on the account in one
/// conditional UPDATE, so a replayed code (or an older one) is refused even by another replica.
/// </summary>
public sealed class OneTimeTotpTokenProvider(IdentityDb db, TimeProvider clock) : IUserTwoFactorTokenProvider<HubsUser>
{
    public const string Name = "HubsAuthenticator";

    private static readonly VerificationWindow Drift = new(previous: 2, future: 2);

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<HubsUser> manager, HubsUser user) =>
        !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));

    /// <summary>The app makes the codes; this server never sends one.</summary>
    public Task<string> GenerateAsync(string purpose, UserManager<HubsUser> manager, HubsUser user) =>
        Task.FromResult(string.Empty);

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<HubsUser> manager, HubsUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        ArgumentNullException.ThrowIfNull(user);
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (
            string.IsNullOrEmpty(key)
            || token is not { Length: 6 }
            || !token.All(char.IsAsciiDigit)
            || !new Totp(Base32Encoding.ToBytes(key)).VerifyTotp(
                clock.GetUtcNow().UtcDateTime,
                token,
                out var step,
                Drift
            )
        )
        {
            return false;
        }

        var claimed = await db
            .Users.Where(row => row.Id == user.Id && (row.LastTotpStep == null || row.LastTotpStep < step))
            .ExecuteUpdateAsync(set => set.SetProperty(row => row.LastTotpStep, step));
        // The tracked copy must carry the step too, or Identity's next save of the account would write the old one
        // back.
        user.LastTotpStep = Math.Max(user.LastTotpStep ?? step, step);
        return claimed == 1;
    }
}

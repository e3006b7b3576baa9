using Hubs.Identity.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace Hubs.Identity.Accounts;

/// <summary>
/// Identity's EF store, except that authenticator keys go through <see cref="SealedAuthenticatorKeys"/> and recovery
/// codes are stored as <see cref="HashedRecoveryCodes"/> (same token row and separator as Identity's own).
/// </summary>
public sealed class HubsUserStore(IdentityDb db, SealedAuthenticatorKeys keys, IdentityErrorDescriber? describer = null)
    : UserStore<HubsUser, IdentityRole, IdentityDb>(db, describer)
{
    public const string TokenProvider = "[AspNetUserStore]";
    public const string RecoveryCodesToken = "RecoveryCodes";

    public override Task SetAuthenticatorKeyAsync(HubsUser user, string key, CancellationToken cancellationToken) =>
        base.SetAuthenticatorKeyAsync(user, keys.Seal(key)!, cancellationToken);

    public override async Task<string?> GetAuthenticatorKeyAsync(HubsUser user, CancellationToken cancellationToken) =>
        keys.Open(await base.GetAuthenticatorKeyAsync(user, cancellationToken));

    public override Task ReplaceCodesAsync(
        HubsUser user,
        IEnumerable<string> recoveryCodes,
        CancellationToken cancellationToken
    ) =>
        StoreAsync(
            user,
            recoveryCodes.Select(code => HashedRecoveryCodes.IsHashed(code) ? code : HashedRecoveryCodes.Hash(code)),
            cancellationToken
        );

    public override async Task<bool> RedeemCodeAsync(HubsUser user, string code, CancellationToken cancellationToken)
    {
        var stored = await StoredAsync(user, cancellationToken);
        // Every code is checked, so the answer's time does not say which one matched.
        var matches = stored.Where(entry => HashedRecoveryCodes.Matches(entry, code)).ToList();
        if (matches.Count == 0)
        {
            return false;
        }

        await StoreAsync(user, stored.Except(matches), cancellationToken);
        return true;
    }

    public override async Task<int> CountCodesAsync(HubsUser user, CancellationToken cancellationToken) =>
        (await StoredAsync(user, cancellationToken)).Count;

    private async Task<List<string>> StoredAsync(HubsUser user, CancellationToken cancellationToken) =>
        [
            .. (
                (await GetTokenAsync(user, TokenProvider, RecoveryCodesToken, cancellationToken)) ?? string.Empty
            ).Split(';', StringSplitOptions.RemoveEmptyEntries),
        ];

    private Task StoreAsync(HubsUser user, IEnumerable<string> entries, CancellationToken cancellationToken) =>
        SetTokenAsync(user, TokenProvider, RecoveryCodesToken, string.Join(';', entries), cancellationToken);
}

using Hubs.Identity.Accounts;
using Microsoft.EntityFrameworkCore;

namespace Hubs.Identity.Data;

/// <summary>
/// The reviewed steps that bring a database created by an earlier version up to the model, each safe to run
/// again (issue #15: TOTP replay protection, sealed authenticator keys, hashed recovery codes).
/// </summary>
internal static class IdentitySchemaChanges
{
    public static async Task ApplyAsync(IServiceProvider services, IdentityDb db, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlRawAsync(
            $"ALTER TABLE {IdentityDb.Schema}.\"AspNetUsers\" ADD COLUMN IF NOT EXISTS \"LastTotpStep\" bigint",
            cancellationToken
        );
        await db.Database.ExecuteSqlRawAsync(Email.EmailOutboxSchema.Create, cancellationToken);
        await SealClearAuthenticatorKeysAsync(
            services.GetRequiredService<SealedAuthenticatorKeys>(),
            db,
            cancellationToken
        );
        await HashClearRecoveryCodesAsync(db, cancellationToken);
    }

    private static async Task HashClearRecoveryCodesAsync(IdentityDb db, CancellationToken cancellationToken)
    {
        var rows = await db
            .UserTokens.Where(token =>
                token.LoginProvider == HubsUserStore.TokenProvider
                && token.Name == HubsUserStore.RecoveryCodesToken
                && token.Value != null
            )
            .ToListAsync(cancellationToken);
        foreach (
            var row in rows.Where(row =>
                row.Value!.Split(';', StringSplitOptions.RemoveEmptyEntries)
                    .Any(entry => !HashedRecoveryCodes.IsHashed(entry))
            )
        )
        {
            row.Value = string.Join(
                ';',
                row.Value!.Split(';', StringSplitOptions.RemoveEmptyEntries)
                    .Select(entry => HashedRecoveryCodes.IsHashed(entry) ? entry : HashedRecoveryCodes.Hash(entry))
            );
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task SealClearAuthenticatorKeysAsync(
        SealedAuthenticatorKeys keys,
        IdentityDb db,
        CancellationToken cancellationToken
    )
    {
        var clear = await db
            .UserTokens.Where(token =>
                token.LoginProvider == "[AspNetUserStore]"
                && token.Name == "AuthenticatorKey"
                && token.Value != null
                && !token.Value.StartsWith(SealedAuthenticatorKeys.Prefix)
            )
            .ToListAsync(cancellationToken);
        clear.ForEach(token => token.Value = keys.Seal(token.Value));
        await db.SaveChangesAsync(cancellationToken);
    }
}

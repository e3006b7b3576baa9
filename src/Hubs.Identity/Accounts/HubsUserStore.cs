using Hubs.Identity.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace Hubs.Identity.Accounts;

/// <summary>Identity's EF store, except that authenticator keys go through <see cref="SealedAuthenticatorKeys"/>.</summary>
public sealed class HubsUserStore(IdentityDb db, SealedAuthenticatorKeys keys, IdentityErrorDescriber? describer = null)
    : UserStore<HubsUser, IdentityRole, IdentityDb>(db, describer)
{
    public override Task SetAuthenticatorKeyAsync(HubsUser user, string key, CancellationToken cancellationToken) =>
        base.SetAuthenticatorKeyAsync(user, keys.Seal(key)!, cancellationToken);

    public override async Task<string?> GetAuthenticatorKeyAsync(HubsUser user, CancellationToken cancellationToken) =>
        keys.Open(await base.GetAuthenticatorKeyAsync(user, cancellationToken));
}

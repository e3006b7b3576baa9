using System.Collections.Immutable;
using System.Globalization;
using System.Security.Claims;
using Hubs.Identity.Data;
using Hubs.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Hubs.Identity.Oidc;

/// <summary>
/// The one place that decides what a person's tokens say: the stable subject id, roles and Hub ids.
/// Names and email addresses are never added. The security stamp travels only inside the
/// server-encrypted code and refresh token, so a disabled account or a reset MFA ends refreshes.
/// </summary>
public sealed class HubsPrincipalFactory(
    UserManager<HubsUser> users,
    IOpenIddictScopeManager scopeManager,
    IOpenIddictApplicationManager applications
)
{
    public const string StampClaim = "hubs_stamp";

    /// <summary>
    /// A person's principal; <c>authTime</c> (Unix seconds, when they signed in) becomes the id_token's
    /// <c>auth_time</c>.
    /// </summary>
    public async Task<ClaimsPrincipal> CreateAsync(HubsUser user, ImmutableArray<string> scopes, long? authTime)
    {
        var identity = new ClaimsIdentity(
            OpenIddictServerAspNetCoreDefaults.AuthenticationScheme,
            Claims.Name,
            Claims.Role
        );
        identity.SetClaim(Claims.Subject, user.Id);
        identity.SetClaims(Claims.Role, [.. await users.GetRolesAsync(user)]);
        identity.SetClaims(
            HubsClaimTypes.Hub,
            [.. (await users.GetClaimsAsync(user)).Where(c => c.Type == HubsClaimTypes.Hub).Select(c => c.Value)]
        );
        identity.SetClaim(StampClaim, await users.GetSecurityStampAsync(user));
        if (authTime is { } seconds)
        {
            identity.AddClaim(
                new Claim(
                    Claims.AuthenticationTime,
                    seconds.ToString(CultureInfo.InvariantCulture),
                    ClaimValueTypes.Integer64
                )
            );
        }

        identity.SetScopes(scopes);
        identity.SetResources(await scopeManager.ListResourcesAsync(scopes).ToListAsync());
        identity.SetDestinations(claim =>
            claim.Type switch
            {
                Claims.Subject or Claims.Role or HubsClaimTypes.Hub =>
                [
                    Destinations.AccessToken,
                    Destinations.IdentityToken,
                ],
                Claims.AuthenticationTime => [Destinations.IdentityToken],
                _ => [],
            }
        );
        return new ClaimsPrincipal(identity);
    }

    public async Task<ClaimsPrincipal> CreateForClientAsync(string clientId, ImmutableArray<string> scopes)
    {
        var identity = new ClaimsIdentity(
            OpenIddictServerAspNetCoreDefaults.AuthenticationScheme,
            Claims.Name,
            Claims.Role
        );
        identity.SetClaim(Claims.Subject, clientId);
        identity.SetClaims(HubsClaimTypes.Hub, [.. await MachineHubs.OfAsync(applications, clientId)]);
        identity.SetScopes(scopes);
        identity.SetResources(await scopeManager.ListResourcesAsync(scopes).ToListAsync());
        identity.SetDestinations(_ => [Destinations.AccessToken]);
        return new ClaimsPrincipal(identity);
    }
}

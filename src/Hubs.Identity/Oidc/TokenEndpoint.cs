using Hubs.Identity.Accounts;
using Hubs.Identity.Data;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Hubs.Identity.Oidc;

/// <summary>
/// OpenIddict has already checked the client, its secret, its permissions, PKCE and code replay.
/// Here a person's code or refresh token is honoured only while the account is still in good
/// standing; claims are rebuilt so that a changed role or Hub takes effect at the next refresh.
/// Client credentials give a site client its service scopes only (<see cref="ServiceScopes"/>).
/// </summary>
internal static class TokenEndpoint
{
    public static async Task<IResult> HandleAsync(
        HttpContext context,
        UserManager<HubsUser> users,
        HubsPrincipalFactory principals,
        IOpenIddictApplicationManager applications
    )
    {
        var request = context.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        if (request.IsClientCredentialsGrantType())
        {
            if (await ServiceScopes.RefusesAsync(applications, request.ClientId!, request.GetScopes()))
            {
                return OidcResults.Refuse(
                    Errors.InvalidScope,
                    "This client may not obtain these scopes with client credentials."
                );
            }

            return OidcResults.Issue(await principals.CreateForClientAsync(request.ClientId!, request.GetScopes()));
        }

        if (!request.IsAuthorizationCodeGrantType() && !request.IsRefreshTokenGrantType())
        {
            return OidcResults.Refuse(Errors.UnsupportedGrantType, "The grant type is not supported.");
        }

        var granted = (
            await context.AuthenticateAsync(OpenIddictServerAspNetCoreDefaults.AuthenticationScheme)
        ).Principal!;
        var user = await users.FindByIdAsync(granted.GetClaim(Claims.Subject)!);
        if (
            user is null
            || user.Disabled
            || granted.GetClaim(HubsPrincipalFactory.StampClaim) != await users.GetSecurityStampAsync(user)
            || (await StaffMfa.IsRequiredAsync(users, user) && !await users.GetTwoFactorEnabledAsync(user))
        )
        {
            return OidcResults.Refuse(Errors.InvalidGrant, "The sign-in is no longer valid.");
        }

        return OidcResults.Issue(await principals.CreateAsync(user, granted.GetScopes(), AuthTime.Of(granted)));
    }
}

using Microsoft.AspNetCore.Authentication;
using OpenIddict.Server.AspNetCore;

namespace Hubs.Identity.Oidc;

internal static class OidcResults
{
    /// <summary>An OAuth error response (e.g. invalid_grant) rendered by OpenIddict.</summary>
    public static IResult Refuse(string error, string description) =>
        Results.Forbid(
            new AuthenticationProperties(
                new Dictionary<string, string?>
                {
                    [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
                    [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
                }
            ),
            [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]
        );

    public static IResult Issue(System.Security.Claims.ClaimsPrincipal principal) =>
        Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
}

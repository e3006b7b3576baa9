using System.Security.Claims;
using Hubs.Identity.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Hubs.Identity.Accounts;

/// <summary>
/// Identity's sign-in, stamping every full sign-in with <see cref="AuthTime"/> (password sign-in, TOTP, recovery code
/// and enrolment all end here); the security-stamp refresh keeps the stamp (<see cref="AccountsSetup"/>).
/// </summary>
public sealed class HubsSignInManager(
    UserManager<HubsUser> users,
    IHttpContextAccessor http,
    IUserClaimsPrincipalFactory<HubsUser> principals,
    IOptions<IdentityOptions> options,
    ILogger<SignInManager<HubsUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<HubsUser> confirmation,
    TimeProvider clock
) : SignInManager<HubsUser>(users, http, principals, options, logger, schemes, confirmation)
{
    public override Task SignInWithClaimsAsync(
        HubsUser user,
        AuthenticationProperties? authenticationProperties,
        IEnumerable<Claim> additionalClaims
    ) =>
        base.SignInWithClaimsAsync(
            user,
            authenticationProperties,
            additionalClaims.Any(claim => claim.Type == AuthTime.ClaimType)
                ? additionalClaims
                : [.. additionalClaims, AuthTime.Now(clock)]
        );
}

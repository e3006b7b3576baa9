using Hubs.Identity.Accounts;
using Hubs.Identity.Data;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Hubs.Identity.Oidc;

/// <summary>
/// Issues an authorization code to a signed-in person. All clients are Hubs' own, so there is no
/// consent screen. Staff get a code only after TOTP in this session (enrolling first if they must). A client's ask for
/// a newer sign-in (<see cref="FreshSignIn"/>) sends a signed-in person to sign in again.
/// </summary>
internal static class AuthorizeEndpoint
{
    public static async Task<IResult> HandleAsync(
        HttpContext context,
        UserManager<HubsUser> users,
        HubsPrincipalFactory principals,
        TimeProvider clock
    )
    {
        var request = context.GetOpenIddictServerRequest()
            ?? throw new InvalidOperationException("Not an OpenID Connect request.");
        var cookie = await context.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        var user = cookie.Succeeded ? await users.GetUserAsync(cookie.Principal!) : null;
        var authTime = AuthTime.Of(cookie.Principal);
        var returnUrl =
            context.Request.PathBase
            + context.Request.Path
            + QueryString.Create(
                FreshSignIn.WithoutAsks(
                    context.Request.HasFormContentType ? [.. context.Request.Form] : [.. context.Request.Query]
                )
            );
        if (user is null || user.Disabled || FreshSignIn.IsNeeded(request, authTime, clock.GetUtcNow()))
        {
            return request.HasPromptValue(PromptValues.None)
                ? OidcResults.Refuse(Errors.LoginRequired, "The user is not signed in.")
                : Results.Challenge(
                    new AuthenticationProperties { RedirectUri = returnUrl },
                    [IdentityConstants.ApplicationScheme]
                );
        }

        if (await StaffMfa.IsRequiredAsync(users, user) && !StaffMfa.WasUsed(cookie.Principal!))
        {
            return request.HasPromptValue(PromptValues.None)
                ? OidcResults.Refuse(Errors.InteractionRequired, "Multi-factor authentication is required.")
                : Results.Redirect("/account/mfa-setup?returnUrl=" + Uri.EscapeDataString(returnUrl));
        }

        return OidcResults.Issue(await principals.CreateAsync(user, request.GetScopes(), authTime));
    }
}

using Hubs.Identity.Data;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;

namespace Hubs.Identity.Features.Connect;

/// <summary>
/// OIDC end-session. Signing out asks for a confirming post (so a link cannot sign anyone out),
/// then ends the session everywhere: every refresh token and authorization of the person is
/// revoked and the security stamp changes, so other browsers' Identity cookies stop working too.
/// </summary>
public sealed class EndSessionModel(
    SignInManager<HubsUser> signIn,
    UserManager<HubsUser> users,
    IOpenIddictTokenManager tokens,
    IOpenIddictAuthorizationManager authorizations
) : PageModel
{
    public IReadOnlyList<KeyValuePair<string, string>> Parameters { get; private set; } = [];

    public void OnGet() =>
        Parameters = [
            .. (
                HttpContext.GetOpenIddictServerRequest()?.GetParameters()
                ?? new Dictionary<string, OpenIddictParameter>()
            ).Select(parameter => KeyValuePair.Create(parameter.Key, (string?)parameter.Value ?? string.Empty)),
        ];

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is { } user)
        {
            await tokens.RevokeBySubjectAsync(user.Id);
            await authorizations.RevokeBySubjectAsync(user.Id);
            await users.UpdateSecurityStampAsync(user);
        }

        await signIn.SignOutAsync();
        return SignOut(
            new AuthenticationProperties { RedirectUri = "/" },
            OpenIddictServerAspNetCoreDefaults.AuthenticationScheme
        );
    }
}

using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Hubs.ServiceDefaults.Auth;

/// <summary>
/// Sign-in and sign-out for a host's pages. Signing out ends the local session and the identity
/// provider's, so the person is signed out of every Hubs host (the others' sessions end when their
/// access token next needs refreshing, which the provider then refuses).
/// </summary>
public static class PageSignInEndpoints
{
    public const string SignInPath = "/account/sign-in";
    public const string SignOutPath = "/account/sign-out";

    public static IEndpointRouteBuilder MapPageSignIn(this IEndpointRouteBuilder routes)
    {
        routes
            .MapGet(SignInPath, (string? returnUrl) =>
                Results.Challenge(
                    new AuthenticationProperties { RedirectUri = LocalUrls.OrHome(returnUrl) },
                    [OpenIdConnectDefaults.AuthenticationScheme]
                )
            )
            .AllowAnonymous()
            .ExcludeFromDescription();
        routes.MapPost(SignOutPath, SignOutAsync).AllowAnonymous().ExcludeFromDescription();
        return routes;
    }

    private static async Task<IResult> SignOutAsync(HttpContext context, IAntiforgery antiforgery)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return Results.Problem(
                statusCode: StatusCodes.Status400BadRequest,
                title: "The form has expired. Go back, reload the page and try again."
            );
        }

        if (context.User.Identity?.IsAuthenticated != true)
        {
            return Results.Redirect("/");
        }

        return Results.SignOut(
            new AuthenticationProperties { RedirectUri = "/" },
            [CookieAuthenticationDefaults.AuthenticationScheme, OpenIdConnectDefaults.AuthenticationScheme]
        );
    }
}

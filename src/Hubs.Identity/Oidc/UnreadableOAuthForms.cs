using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Hubs.Identity.Oidc;

/// <summary>
/// ASP.NET Core refuses to decode a form carrying a NUL (<see cref="InvalidDataException"/>), which
/// OpenIddict would let through as a 500. The OAuth endpoints read their form here first, so such a request
/// gets the OAuth error a client understands; a readable form is cached for OpenIddict.
/// </summary>
internal static class UnreadableOAuthForms
{
    private static readonly PathString[] Endpoints =
    [
        OidcServerSetup.AuthorizePath,
        OidcServerSetup.TokenPath,
        OidcServerSetup.EndSessionPath,
    ];

    public static IApplicationBuilder UseUnreadableOAuthFormRefusal(this IApplicationBuilder app) =>
        app.Use(
            async (context, next) =>
            {
                if (
                    context.Request.HasFormContentType
                    && Endpoints.Any(path => context.Request.Path.Equals(path, StringComparison.OrdinalIgnoreCase))
                )
                {
                    try
                    {
                        await context.Request.ReadFormAsync(context.RequestAborted);
                    }
                    catch (InvalidDataException)
                    {
                        context.Response.StatusCode = StatusCodes.Status400BadRequest;
                        context.Response.Headers.CacheControl = "no-store";
                        await context.Response.WriteAsJsonAsync(
                            new Dictionary<string, string>
                            {
                                [Parameters.Error] = Errors.InvalidRequest,
                                [Parameters.ErrorDescription] = "The request contains a character that is not allowed.",
                            },
                            context.RequestAborted
                        );
                        return;
                    }
                }

                await next(context);
            }
        );
}

using OpenIddict.Abstractions;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Hubs.Identity.Oidc;

/// <summary>
/// OpenIddict redirects an error to the client only when the whole request passed validation; a refused PKCE
/// challenge, scope or response type was shown as a page instead. RFC 6749 4.1.2.1 wants those back at the client, so
/// here an error goes to the request's <c>redirect_uri</c> when it is registered for the request's client. An unknown
/// client or address still gets the page: nothing is ever sent to an address the client did not register.
/// </summary>
internal sealed class ErrorsToRegisteredRedirectUri(IOpenIddictApplicationManager applications)
    : IOpenIddictServerHandler<ApplyAuthorizationResponseContext>
{
    private static readonly string[] Modes = [ResponseModes.Query, ResponseModes.Fragment, ResponseModes.FormPost];

    /// <summary>
    /// After OpenIddict has chosen (or declined) the address and response mode, before it attaches the state.
    /// </summary>
    public static OpenIddictServerHandlerDescriptor Descriptor { get; } =
        OpenIddictServerHandlerDescriptor
            .CreateBuilder<ApplyAuthorizationResponseContext>()
            .UseScopedHandler<ErrorsToRegisteredRedirectUri>()
            .SetOrder(OpenIddictServerHandlers.Authentication.InferResponseMode.Descriptor.Order + 500)
            .SetType(OpenIddictServerHandlerType.Custom)
            .Build();

    public async ValueTask HandleAsync(ApplyAuthorizationResponseContext context)
    {
        if (
            !string.IsNullOrEmpty(context.RedirectUri)
            || string.IsNullOrEmpty(context.Response.Error)
            || context.Request is not { ClientId: { Length: > 0 } clientId, RedirectUri: { Length: > 0 } redirectUri }
            || clientId.Any(char.IsControl)
            || redirectUri.Any(char.IsControl)
            || !Uri.TryCreate(redirectUri, UriKind.Absolute, out _)
        )
        {
            return;
        }

        var application = await applications.FindByClientIdAsync(clientId, context.CancellationToken);
        if (
            application is null
            || !await applications.ValidateRedirectUriAsync(application, redirectUri, context.CancellationToken)
        )
        {
            return;
        }

        context.RedirectUri = redirectUri;
        context.ResponseMode =
            Modes.Contains(context.ResponseMode) ? context.ResponseMode
            : Modes.Contains(context.Request.ResponseMode) ? context.Request.ResponseMode
            : ResponseModes.Query;
    }
}

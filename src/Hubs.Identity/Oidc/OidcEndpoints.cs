namespace Hubs.Identity.Oidc;

internal static class OidcEndpoints
{
    public static WebApplication MapOidcEndpoints(this WebApplication app)
    {
        // OpenIddict validates the protocol message first; antiforgery does not apply to OAuth posts.
        app.MapMethods(OidcServerSetup.AuthorizePath, ["GET", "POST"], AuthorizeEndpoint.HandleAsync)
            .DisableAntiforgery()
            .ExcludeFromDescription();
        app.MapPost(OidcServerSetup.TokenPath, TokenEndpoint.HandleAsync)
            .DisableAntiforgery()
            .ExcludeFromDescription()
            .RequireRateLimiting(Accounts.AccountRateLimits.Token);
        return app;
    }
}

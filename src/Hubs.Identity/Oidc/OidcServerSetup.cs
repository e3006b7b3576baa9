using Hubs.Identity.Data;
using Hubs.ServiceDefaults.Auth;
using Microsoft.Extensions.Options;
using OpenIddict.Server;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Hubs.Identity.Oidc;

internal static class OidcServerSetup
{
    public const string AuthorizePath = "/connect/authorize";
    public const string TokenPath = "/connect/token";
    public const string EndSessionPath = "/connect/endsession";

    public static WebApplicationBuilder AddOidcServer(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<OidcKeyStore>();
        builder.Services.AddScoped<OidcScopes>();
        builder.Services.AddScoped<OidcClients>();
        builder.Services.AddScoped<HubsPrincipalFactory>();
        builder.Services.AddSingleton<IConfigureOptions<OpenIddictServerOptions>, ConfigureOidcServerKeys>();
        builder
            .Services.AddOpenIddict()
            .AddCore(core => core.UseEntityFrameworkCore().UseDbContext<IdentityDb>())
            .AddServer(server =>
            {
                if (builder.Configuration["Oidc:Issuer"] is { Length: > 0 } issuer)
                {
                    server.SetIssuer(new Uri(issuer));
                }

                server
                    .SetAuthorizationEndpointUris(AuthorizePath)
                    .SetTokenEndpointUris(TokenPath)
                    .SetEndSessionEndpointUris(EndSessionPath);
                // Code flow for people (PKCE required, S256 only: "plain" would send the verifier itself), refresh
                // tokens, and client credentials for machine feed clients and for sites calling Identity's own API.
                server
                    .AllowAuthorizationCodeFlow()
                    .RequireProofKeyForCodeExchange()
                    .AllowRefreshTokenFlow()
                    .AllowClientCredentialsFlow();
                server.Configure(options => options.CodeChallengeMethods.Remove(CodeChallengeMethods.Plain));
                server.AddEventHandler<OpenIddictServerEvents.ValidateAuthorizationRequestContext>(handler =>
                    handler
                        .UseInlineHandler(ControlCharacterParameters.RejectAsync)
                        .SetOrder(ControlCharacterParameters.Order)
                );
                server.AddEventHandler<OpenIddictServerEvents.ValidateTokenRequestContext>(handler =>
                    handler
                        .UseInlineHandler(ControlCharacterParameters.RejectAsync)
                        .SetOrder(ControlCharacterParameters.Order)
                );
                server.AddEventHandler<OpenIddictServerEvents.ValidateAuthorizationRequestContext>(handler =>
                    handler
                        .UseInlineHandler(PkceParameters.RejectMalformedChallengeAsync)
                        .SetOrder(PkceParameters.Order)
                );
                server.AddEventHandler<OpenIddictServerEvents.ValidateTokenRequestContext>(handler =>
                    handler.UseInlineHandler(PkceParameters.RejectMalformedVerifierAsync).SetOrder(PkceParameters.Order)
                );
                server.AddEventHandler(ErrorsToRegisteredRedirectUri.Descriptor);
                server.AddEventHandler<OpenIddictServerEvents.ValidateEndSessionRequestContext>(handler =>
                    handler
                        .UseInlineHandler(ControlCharacterParameters.RejectAsync)
                        .SetOrder(ControlCharacterParameters.Order)
                );
                server.RegisterScopes(
                    Scopes.OpenId,
                    Scopes.OfflineAccess,
                    HubsScopes.Web,
                    HubsScopes.Insights,
                    HubsScopes.FeedsRead,
                    HubsScopes.AccountsRegister
                );
                server.RegisterClaims(Claims.Subject, Claims.Role, HubsClaimTypes.Hub);
                server
                    .SetAccessTokenLifetime(TimeSpan.FromMinutes(10))
                    .SetAuthorizationCodeLifetime(TimeSpan.FromMinutes(2))
                    .SetRefreshTokenLifetime(TimeSpan.FromDays(1));
                // Resource servers (Hubs.Web, Hubs.Insights, or any JWT library) validate access tokens
                // with the published keys alone, so access tokens are signed, not encrypted.
                server.DisableAccessTokenEncryption();
                var aspNetCore = server
                    .UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough()
                    .EnableStatusCodePagesIntegration();
                if (builder.Environment.IsDevelopment())
                {
                    aspNetCore.DisableTransportSecurityRequirement();
                }
            })
            // Identity's own API (keyworker accounts) reads this server's access tokens. The audience is
            // checked by that API's policy, so a genuine token for another API is "forbidden" (403), not "invalid".
            .AddValidation(validation =>
            {
                validation.UseLocalServer();
                validation.UseAspNetCore();
            });
        return builder;
    }
}

using Hubs.ServiceDefaults.Auth;
using Hubs.ServiceDefaults.Validation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;
using OpenIddict.Validation.AspNetCore;

namespace Hubs.Identity.Features.KeyworkerAccounts;

/// <summary>
/// <c>POST /api/keyworker-accounts</c>, called server to server by Hubs.Web with a client-credentials
/// token for <c>accounts.register</c>, audience <c>hubs-identity</c> (no or a bad token: 401; a token of
/// this server for another API or scope: 403). Web shows one page whatever
/// the answer, so nobody learns whether an address is registered.
/// </summary>
internal static class KeyworkerAccountsEndpoint
{
    public const string Path = "/api/keyworker-accounts";
    public const string Policy = "accounts-register";

    public static WebApplicationBuilder AddKeyworkerAccounts(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<KeyworkerAccountService>();
        builder.Services.AddScoped<
            FluentValidation.IValidator<RegisterKeyworkerAccount>,
            RegisterKeyworkerAccountValidator
        >();
        builder
            .Services.AddAuthorizationBuilder()
            .AddPolicy(Policy, policy =>
                policy
                    .AddAuthenticationSchemes(OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme)
                    .RequireAuthenticatedUser()
                    .RequireAssertion(context =>
                        OpenIddict.Abstractions.OpenIddictExtensions.HasAudience(
                            context.User,
                            HubsScopes.IdentityAudience
                        )
                        && OpenIddict.Abstractions.OpenIddictExtensions.HasScope(
                            context.User,
                            HubsScopes.AccountsRegister
                        )
                    )
            );
        return builder;
    }

    public static WebApplication MapKeyworkerAccounts(this WebApplication app)
    {
        // The group carries the policy, so anything mapped under the path later is behind the same check.
        var accounts = app.MapGroup(Path).RequireAuthorization(Policy);
        accounts.MapPost("", HandleAsync).Validate<RegisterKeyworkerAccount>().DisableAntiforgery();
        return app;
    }

    private static async Task<Ok<KeyworkerAccountRegistered>> HandleAsync(
        RegisterKeyworkerAccount command,
        KeyworkerAccountService accounts
    ) =>
        TypedResults.Ok(
            new KeyworkerAccountRegistered(await accounts.RegisterAsync(command.Email!.Trim(), command.Password!))
        );
}

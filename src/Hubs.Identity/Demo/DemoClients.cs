using Hubs.Identity.Oidc;
using Hubs.ServiceDefaults.Auth;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Hubs.Identity.Demo;

/// <summary>
/// The demo deployment's clients: the feed client, the command-line client, and the Web and
/// Insights hosts' sign-in (<c>Demo:WebUrl</c>, <c>Demo:InsightsUrl</c>); the Web host also creates keyworkers'
/// accounts with client credentials (<c>accounts.register</c>). Re-running replaces them with new secrets.
/// </summary>
internal sealed class DemoClients(OidcClients clients, IConfiguration configuration)
{
    public async Task<IReadOnlyList<DemoClient>> SeedAsync()
    {
        var web = configuration["Demo:WebUrl"] ?? "http://127.0.0.1:5100";
        var insights = configuration["Demo:InsightsUrl"] ?? "http://127.0.0.1:5102";
        ClientRegistration[] registrations =
        [
            new()
            {
                ClientId = "demo-feed",
                ClientSecret = DemoSecrets.New(),
                Machine = true,
                Scopes = [HubsScopes.FeedsRead],
                Hubs = ["north", "south"],
            },
            new()
            {
                ClientId = "hubs-cli",
                Scopes = [HubsScopes.Web, HubsScopes.Insights],
                RedirectUris = [new("http://127.0.0.1:8765/callback")],
            },
            Site("hubs-web", web, HubsScopes.Web, [HubsScopes.AccountsRegister]),
            Site("hubs-insights", insights, HubsScopes.Insights, []),
        ];
        await clients.ApplyAsync(registrations);
        return [.. registrations.Select(Describe)];
    }

    private static ClientRegistration Site(string clientId, string origin, string scope, List<string> serviceScopes) =>
        new()
        {
            ClientId = clientId,
            ClientSecret = DemoSecrets.New(),
            Scopes = [scope],
            ServiceScopes = serviceScopes,
            RedirectUris = [new($"{origin}/signin-oidc")],
            PostLogoutRedirectUris = [new($"{origin}/signout-callback-oidc")],
        };

    private static DemoClient Describe(ClientRegistration client) =>
        client.Machine
            ? new(
                client.ClientId,
                client.ClientSecret,
                ClientTypes.Confidential,
                [GrantTypes.ClientCredentials],
                client.Scopes,
                []
            )
            : new(
                client.ClientId,
                client.ClientSecret,
                client.ClientSecret is null ? ClientTypes.Public : ClientTypes.Confidential,
                [
                    GrantTypes.AuthorizationCode,
                    GrantTypes.RefreshToken,
                    .. client.ServiceScopes.Count > 0 ? [GrantTypes.ClientCredentials] : Array.Empty<string>(),
                ],
                [Scopes.OpenId, Scopes.OfflineAccess, .. client.Scopes, .. client.ServiceScopes],
                [.. client.RedirectUris.Select(uri => uri.ToString())]
            );
}

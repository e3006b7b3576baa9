using Hubs.ServiceDefaults.Auth;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Hubs.Identity.Demo;

/// <summary>
/// The demo deployment's clients: the feed client, the command-line client, and the Web and
/// Insights hosts' sign-in. Re-running replaces them (new secrets).
/// </summary>
internal sealed class DemoClients(IOpenIddictApplicationManager applications, IConfiguration configuration)
{
    public async Task<IReadOnlyList<DemoClient>> SeedAsync()
    {
        var web = configuration["Demo:WebUrl"] ?? "http://127.0.0.1:5100";
        var insights = configuration["Demo:InsightsUrl"] ?? "http://127.0.0.1:5102";
        return
        [
            await MachineAsync("demo-feed", HubsScopes.FeedsRead),
            await PersonAsync("hubs-cli", confidential: false, "http://127.0.0.1:8765/callback", null, HubsScopes.Web, HubsScopes.Insights),
            await PersonAsync("hubs-web", confidential: true, $"{web}/signin-oidc", $"{web}/signout-callback-oidc", HubsScopes.Web),
            await PersonAsync("hubs-insights", confidential: true, $"{insights}/signin-oidc", $"{insights}/signout-callback-oidc", HubsScopes.Insights),
        ];
    }

    private async Task<DemoClient> MachineAsync(string clientId, string scope)
    {
        var secret = DemoSecrets.New();
        var descriptor = new OpenIddictApplicationDescriptor { ClientId = clientId, ClientSecret = secret, ClientType = ClientTypes.Confidential };
        descriptor.Permissions.UnionWith([Permissions.Endpoints.Token, Permissions.GrantTypes.ClientCredentials, Permissions.Prefixes.Scope + scope]);
        await ReplaceAsync(descriptor);
        return new DemoClient(clientId, secret, ClientTypes.Confidential, [GrantTypes.ClientCredentials], [scope], []);
    }

    private async Task<DemoClient> PersonAsync(string clientId, bool confidential, string redirect, string? postLogout, params string[] scopes)
    {
        var secret = confidential ? DemoSecrets.New() : null;
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = clientId,
            ClientSecret = secret,
            ClientType = confidential ? ClientTypes.Confidential : ClientTypes.Public,
            RedirectUris = { new Uri(redirect) },
        };
        if (postLogout is not null)
        {
            descriptor.PostLogoutRedirectUris.Add(new Uri(postLogout));
        }

        descriptor.Permissions.UnionWith([
            Permissions.Endpoints.Authorization, Permissions.Endpoints.Token, Permissions.Endpoints.EndSession,
            Permissions.GrantTypes.AuthorizationCode, Permissions.GrantTypes.RefreshToken, Permissions.ResponseTypes.Code,
            .. scopes.Select(scope => Permissions.Prefixes.Scope + scope)]);
        descriptor.Requirements.Add(Requirements.Features.ProofKeyForCodeExchange);
        await ReplaceAsync(descriptor);
        string[] allScopes = [Scopes.OpenId, Scopes.OfflineAccess, .. scopes];
        return new DemoClient(clientId, secret, descriptor.ClientType, [GrantTypes.AuthorizationCode, GrantTypes.RefreshToken], allScopes, [redirect]);
    }

    private async Task ReplaceAsync(OpenIddictApplicationDescriptor descriptor)
    {
        if (await applications.FindByClientIdAsync(descriptor.ClientId!) is { } existing)
        {
            await applications.DeleteAsync(existing);
        }

        await applications.CreateAsync(descriptor);
    }
}

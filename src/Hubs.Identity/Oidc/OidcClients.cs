using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Hubs.Identity.Oidc;

/// <summary>Creates or replaces clients, so <c>migrate</c> makes the database match <c>Oidc:Clients</c>.</summary>
public sealed class OidcClients(IOpenIddictApplicationManager applications)
{
    public async Task ApplyAsync(IEnumerable<ClientRegistration> clients, CancellationToken cancellationToken = default)
    {
        foreach (var client in clients)
        {
            if (await applications.FindByClientIdAsync(client.ClientId, cancellationToken) is { } existing)
            {
                await applications.DeleteAsync(existing, cancellationToken);
            }

            await applications.CreateAsync(Describe(client), cancellationToken);
        }
    }

    private static OpenIddictApplicationDescriptor Describe(ClientRegistration client)
    {
        var descriptor = new OpenIddictApplicationDescriptor
        {
            ClientId = client.ClientId,
            ClientSecret = client.ClientSecret,
            ClientType = client.ClientSecret is null ? ClientTypes.Public : ClientTypes.Confidential,
        };
        descriptor.Permissions.UnionWith(client.Scopes.Select(scope => Permissions.Prefixes.Scope + scope));
        descriptor.Permissions.Add(Permissions.Endpoints.Token);
        if (client.Machine)
        {
            descriptor.Permissions.Add(Permissions.GrantTypes.ClientCredentials);
            descriptor.Properties[MachineHubs.Property] = System.Text.Json.JsonSerializer.SerializeToElement(
                client.Hubs
            );
            return descriptor;
        }

        descriptor.RedirectUris.UnionWith(client.RedirectUris);
        descriptor.PostLogoutRedirectUris.UnionWith(client.PostLogoutRedirectUris);
        descriptor.Permissions.UnionWith([
            Permissions.Endpoints.Authorization,
            Permissions.Endpoints.EndSession,
            Permissions.GrantTypes.AuthorizationCode,
            Permissions.GrantTypes.RefreshToken,
            Permissions.ResponseTypes.Code,
        ]);
        descriptor.Requirements.Add(Requirements.Features.ProofKeyForCodeExchange);
        if (client.ServiceScopes.Count > 0)
        {
            descriptor.Permissions.Add(Permissions.GrantTypes.ClientCredentials);
            descriptor.Permissions.UnionWith(client.ServiceScopes.Select(scope => Permissions.Prefixes.Scope + scope));
            descriptor.Properties[ServiceScopes.Property] = System.Text.Json.JsonSerializer.SerializeToElement(
                client.ServiceScopes
            );
        }

        return descriptor;
    }
}

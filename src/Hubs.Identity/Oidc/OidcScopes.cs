using Hubs.ServiceDefaults.Auth;
using OpenIddict.Abstractions;

namespace Hubs.Identity.Oidc;

/// <summary>Registers the API scopes with the audiences they grant, so tokens name their resource server.</summary>
public sealed class OidcScopes(IOpenIddictScopeManager scopes)
{
    public async Task EnsureAsync(CancellationToken cancellationToken = default)
    {
        await EnsureAsync(HubsScopes.Web, HubsScopes.WebAudience, cancellationToken);
        await EnsureAsync(HubsScopes.Insights, HubsScopes.InsightsAudience, cancellationToken);
        await EnsureAsync(HubsScopes.FeedsRead, HubsScopes.InsightsAudience, cancellationToken);
        await EnsureAsync(HubsScopes.AccountsRegister, HubsScopes.IdentityAudience, cancellationToken);
    }

    private async Task EnsureAsync(string name, string resource, CancellationToken cancellationToken)
    {
        if (await scopes.FindByNameAsync(name, cancellationToken) is null)
        {
            await scopes.CreateAsync(
                new OpenIddictScopeDescriptor { Name = name, Resources = { resource } },
                cancellationToken
            );
        }
    }
}

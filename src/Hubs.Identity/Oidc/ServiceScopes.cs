using System.Collections.Immutable;
using System.Text.Json;
using OpenIddict.Abstractions;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Hubs.Identity.Oidc;

/// <summary>
/// What a client may obtain with client credentials. OpenIddict's scope permissions hold for every
/// grant, so a site client allowed <c>hubs.web</c> for its people would get it without a person too;
/// here a site client (one with the code flow) gets only its <see cref="ClientRegistration.ServiceScopes"/>,
/// and at least one of them. A machine client keeps its permitted scopes.
/// </summary>
internal static class ServiceScopes
{
    public const string Property = "hubs_service_scopes";

    public static async Task<bool> RefusesAsync(
        IOpenIddictApplicationManager applications,
        string clientId,
        ImmutableArray<string> requested
    )
    {
        if (
            await applications.FindByClientIdAsync(clientId) is not { } application
            || !await applications.HasPermissionAsync(application, Permissions.GrantTypes.AuthorizationCode)
        )
        {
            return false;
        }

        var properties = await applications.GetPropertiesAsync(application);
        var allowed =
            properties.TryGetValue(Property, out var scopes) && scopes.ValueKind == JsonValueKind.Array
                ? scopes
                    .EnumerateArray()
                    .Select(scope => scope.GetString())
                    .OfType<string>()
                    .ToHashSet(StringComparer.Ordinal)
                : [];
        return requested.IsEmpty || !requested.All(allowed.Contains);
    }
}

using System.Text.Json;
using OpenIddict.Abstractions;

namespace Hubs.Identity.Oidc;

/// <summary>
/// The Hubs a machine feed client is granted, kept with its registration: a commissioner's or NHS
/// England's feed client reads the anonymised tables of those Hubs only.
/// </summary>
internal static class MachineHubs
{
    public const string Property = "hubs_hubs";

    public static async Task<IReadOnlyList<string>> OfAsync(IOpenIddictApplicationManager applications, string clientId)
    {
        if (await applications.FindByClientIdAsync(clientId) is not { } application)
        {
            return [];
        }

        var properties = await applications.GetPropertiesAsync(application);
        return properties.TryGetValue(Property, out var hubs) && hubs.ValueKind == JsonValueKind.Array
            ? [.. hubs.EnumerateArray().Select(hub => hub.GetString()).OfType<string>()]
            : [];
    }
}

using System.Text.Json;
using Hubs.Identity.Oidc;
using Hubs.ServiceDefaults.Auth;
using Microsoft.AspNetCore.WebUtilities;
using OpenIddict.Abstractions;

namespace Hubs.Identity.Features.Account;

/// <summary>
/// Whether the sign-in page offers "Create an account": only on the way back to a client that registers
/// keyworkers (service scope <c>accounts.register</c>), and not when that client marked the sign-in as
/// staff's (<see cref="PageSignIn.StaffParameter"/>). Staff accounts are invited, never self-registered.
/// </summary>
public sealed class RegistrationOffer(IOpenIddictApplicationManager applications)
{
    public async Task<bool> AppliesAsync(string? returnUrl, CancellationToken cancellationToken = default)
    {
        if (
            returnUrl is not { Length: > 0 }
            || !Uri.TryCreate(new Uri("http://host"), returnUrl, out var uri)
            || uri.AbsolutePath != "/connect/authorize"
        )
        {
            return false;
        }

        var query = QueryHelpers.ParseQuery(uri.Query);
        if (
            query.ContainsKey(PageSignIn.StaffParameter)
            || query.GetValueOrDefault("client_id").ToString() is not { Length: > 0 } clientId
            || await applications.FindByClientIdAsync(clientId, cancellationToken) is not { } client
        )
        {
            return false;
        }

        var properties = await applications.GetPropertiesAsync(client, cancellationToken);
        return properties.TryGetValue(ServiceScopes.Property, out var scopes)
            && scopes.ValueKind == JsonValueKind.Array
            && scopes.EnumerateArray().Any(scope => scope.GetString() == HubsScopes.AccountsRegister);
    }
}

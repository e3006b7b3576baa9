using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Hubs.Testing.Auth;

/// <summary>
/// Where a page host's sign-in will send the person once the identity provider sends them back: the
/// return address sealed in the <c>state</c> of the redirect to the provider.
/// </summary>
public static class SignInChallenge
{
    public static string? ReturnUrl(IServiceProvider host, HttpResponseMessage challenge)
    {
        ArgumentNullException.ThrowIfNull(host);
        ArgumentNullException.ThrowIfNull(challenge);
        var location = challenge.Headers.Location
            ?? throw new InvalidOperationException($"No redirect: {challenge.StatusCode}.");
        var state = QueryHelpers.ParseQuery(location.Query)["state"].ToString();
        var options = host.GetRequiredService<IOptionsMonitor<OpenIdConnectOptions>>()
            .Get(OpenIdConnectDefaults.AuthenticationScheme);
        return options.StateDataFormat.Unprotect(state)?.RedirectUri;
    }
}

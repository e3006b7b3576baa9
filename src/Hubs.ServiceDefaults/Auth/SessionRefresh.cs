using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Hubs.ServiceDefaults.Auth;

/// <summary>
/// Keeps a page session only while the identity provider still stands behind it: when the session's
/// access token runs out, its refresh token is redeemed. The provider refuses that once the person has
/// signed out anywhere, their account was disabled or their MFA reset, and the session ends here too —
/// so signing out ends every Hubs session within one access-token lifetime.
/// </summary>
internal static partial class SessionRefresh
{
    private static readonly TimeSpan Early = TimeSpan.FromSeconds(30);

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var properties = context.Properties;
        if (
            !DateTimeOffset.TryParse(
                properties.GetTokenValue("expires_at"),
                CultureInfo.InvariantCulture,
                DateTimeStyles.None,
                out var expiresAt
            )
            || TimeProvider.System.GetUtcNow() < expiresAt - Early
        )
        {
            return;
        }

        var services = context.HttpContext.RequestServices;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SessionRefresh));
        var refreshed = await RedeemAsync(context, properties.GetTokenValue("refresh_token"), logger);
        if (refreshed is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
            return;
        }

        properties.UpdateTokenValue("access_token", refreshed.AccessToken);
        if (refreshed.RefreshToken is not null)
        {
            properties.UpdateTokenValue("refresh_token", refreshed.RefreshToken);
        }

        properties.UpdateTokenValue(
            "expires_at",
            TimeProvider.System.GetUtcNow().AddSeconds(refreshed.ExpiresIn).ToString("o", CultureInfo.InvariantCulture)
        );
        context.ShouldRenew = true;
    }

    /// <summary>
    /// The new tokens, or null when the provider refused (or could not be asked) and the session must end.
    /// </summary>
    private static async Task<TokenResponse?> RedeemAsync(
        CookieValidatePrincipalContext context,
        string? refreshToken,
        ILogger logger
    )
    {
        if (string.IsNullOrEmpty(refreshToken))
        {
            return null;
        }

        var options = context
            .HttpContext.RequestServices.GetRequiredService<IOptionsMonitor<OpenIdConnectOptions>>()
            .Get(OpenIdConnectDefaults.AuthenticationScheme);
        var cancellation = context.HttpContext.RequestAborted;
        try
        {
            var configuration = await options.ConfigurationManager!.GetConfigurationAsync(cancellation);
            using var request = new HttpRequestMessage(HttpMethod.Post, configuration.TokenEndpoint)
            {
                Content = new FormUrlEncodedContent(
                    new Dictionary<string, string>
                    {
                        ["grant_type"] = "refresh_token",
                        ["refresh_token"] = refreshToken,
                        ["client_id"] = options.ClientId!,
                        ["client_secret"] = options.ClientSecret ?? string.Empty,
                    }
                ),
            };
            using var response = await options.Backchannel.SendAsync(request, cancellation);
            if (!response.IsSuccessStatusCode)
            {
                LogRefused(logger, (int)response.StatusCode);
                return null;
            }

            return await response.Content.ReadFromJsonAsync<TokenResponse>(cancellation);
        }
        catch (HttpRequestException exception)
        {
            // The provider cannot be reached: end the session rather than trust a token nobody can confirm.
            LogUnreachable(logger, exception.GetType().Name);
            return null;
        }
    }

    [LoggerMessage(
        Level = LogLevel.Information,
        Message = "Page session ended: the identity provider refused its refresh token ({Status})"
    )]
    private static partial void LogRefused(ILogger logger, int status);

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Page session ended: the identity provider could not be reached ({Error})"
    )]
    private static partial void LogUnreachable(ILogger logger, string error);

    private sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string AccessToken,
        [property: JsonPropertyName("refresh_token")] string? RefreshToken,
        [property: JsonPropertyName("expires_in")] int ExpiresIn
    );
}

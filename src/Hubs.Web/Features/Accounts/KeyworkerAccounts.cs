using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Hubs.ServiceDefaults.Auth;
using Microsoft.Extensions.Options;

namespace Hubs.Web.Features.Accounts;

/// <summary>
/// Creates (or finds) a keyworker's account at Hubs.Identity while their self-referral is sent:
/// <c>POST /api/keyworker-accounts</c> with a client-credentials token for <see cref="HubsScopes.AccountsRegister"/>.
/// Neither the email nor the password is logged.
/// </summary>
public sealed partial class KeyworkerAccounts(
    HttpClient http,
    ServiceTokenCache tokens,
    IOptions<AccountsOptions> options,
    ILogger<KeyworkerAccounts> logger
)
{
    public async Task<AccountResult> EnsureAsync(string email, string password, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.Endpoint is null || settings.TokenEndpoint is null)
        {
            LogNotConfigured(logger);
            return new AccountResult.Unavailable();
        }

        try
        {
            var response = await SendAsync(settings, email, password, cancellationToken);
            if (response.StatusCode == HttpStatusCode.Unauthorized)
            {
                tokens.Forget();
                response = await SendAsync(settings, email, password, cancellationToken);
            }

            return await ReadAsync(response, cancellationToken);
        }
        catch (Exception failure)
            when (failure is HttpRequestException or TaskCanceledException or JsonException
                && !cancellationToken.IsCancellationRequested
            )
        {
            LogUnavailable(logger, failure.GetType().Name);
            return new AccountResult.Unavailable();
        }
    }

    private async Task<HttpResponseMessage> SendAsync(
        AccountsOptions settings,
        string email,
        string password,
        CancellationToken cancellationToken
    )
    {
        var token = await tokens.GetAsync(ct => RequestTokenAsync(settings, ct), cancellationToken);
        using var request = new HttpRequestMessage(HttpMethod.Post, settings.Endpoint)
        {
            Content = JsonContent.Create(new { email, password }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await http.SendAsync(request, cancellationToken);
    }

    private async Task<AccountResult> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        using (response)
        {
            switch (response.StatusCode)
            {
                case HttpStatusCode.OK:
                    var body = await response.Content.ReadFromJsonAsync<AccountBody>(cancellationToken);
                    return new AccountResult.Ready(Guid.TryParse(body?.Subject, out var subject) ? subject : null);
                case HttpStatusCode.BadRequest:
                    var problem = await response.Content.ReadFromJsonAsync<ProblemBody>(cancellationToken);
                    return new AccountResult.Refused(problem?.Errors ?? new Dictionary<string, string[]>());
                default:
                    LogUnavailable(logger, "HTTP " + (int)response.StatusCode);
                    return new AccountResult.Unavailable();
            }
        }
    }

    private async Task<(string Token, TimeSpan Lifetime)> RequestTokenAsync(
        AccountsOptions settings,
        CancellationToken cancellationToken
    )
    {
        using var content = new FormUrlEncodedContent(
            new Dictionary<string, string>
            {
                ["grant_type"] = "client_credentials",
                ["scope"] = HubsScopes.AccountsRegister,
                ["client_id"] = settings.ClientId,
                ["client_secret"] = settings.ClientSecret ?? string.Empty,
            }
        );
        using var response = await http.PostAsync(settings.TokenEndpoint, content, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException("The token endpoint refused the client.", null, response.StatusCode);
        }

        var token = await response.Content.ReadFromJsonAsync<TokenBody>(cancellationToken)
            ?? throw new JsonException("The token endpoint sent no token.");
        return (token.AccessToken, TimeSpan.FromSeconds(Math.Max(token.ExpiresIn, 60)));
    }

    private sealed record AccountBody(string? Subject);

    private sealed record ProblemBody(Dictionary<string, string[]>? Errors);

    private sealed record TokenBody(
        [property: System.Text.Json.Serialization.JsonPropertyName("access_token")] string AccessToken,
        [property: System.Text.Json.Serialization.JsonPropertyName("expires_in")] int ExpiresIn
    );

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Accounts: Oidc:Authority (or Accounts:Endpoint) is not set; self-referrals cannot create accounts"
    )]
    private static partial void LogNotConfigured(ILogger logger);

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "Accounts: Hubs.Identity did not create the account ({Reason}); the referral draft is kept"
    )]
    private static partial void LogUnavailable(ILogger logger, string reason);
}

using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Hubs.Identity.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Identity.Tests.KeyworkerAccounts;

/// <summary>Calls the keyworker accounts API as Hubs.Web does: a client-credentials token, then a JSON post.</summary>
public static class AccountsApi
{
    public const string Path = "/api/keyworker-accounts";

    public static Task<HttpResponseMessage> RequestTokenAsync(
        HttpClient client,
        string clientId,
        string secret,
        string scope
    ) =>
        client.PostAsync(
            "/connect/token",
            new FormUrlEncodedContent(
                new Dictionary<string, string>
                {
                    ["grant_type"] = "client_credentials",
                    ["client_id"] = clientId,
                    ["client_secret"] = secret,
                    ["scope"] = scope,
                }
            )
        );

    public static async Task<string> TokenAsync(HttpClient client, string clientId, string secret, string scope)
    {
        var response = await RequestTokenAsync(client, clientId, secret, scope);
        response.EnsureSuccessStatusCode();
        return JsonDocument
            .Parse(await response.Content.ReadAsStringAsync())
            .RootElement.GetProperty("access_token")
            .GetString()!;
    }

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string? token, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Path) { Content = JsonContent.Create(body) };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await client.SendAsync(request);
    }

    /// <summary>Reads an account as an admin would see it (fresh from the database).</summary>
    public static async Task<T> WithUsersAsync<T>(IServiceProvider services, Func<UserManager<HubsUser>, Task<T>> read)
    {
        using var scope = services.CreateScope();
        return await read(scope.ServiceProvider.GetRequiredService<UserManager<HubsUser>>());
    }
}

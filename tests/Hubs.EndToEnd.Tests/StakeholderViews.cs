using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Hubs.Testing.Auth;

namespace Hubs.EndToEnd.Tests;

/// <summary>Everything a stakeholder can see: every feed table as JSON and CSV, and every dashboard page.</summary>
public static class StakeholderViews
{
    private static readonly string[] Pages = ["trends", "waits", "outcomes", "equity", "team-support"];

    public static async Task<string> ReadAllAsync(HttpClient insights)
    {
        ArgumentNullException.ThrowIfNull(insights);
        var feedClient = TestIssuer.Shared.Mint(TestPrincipal.FeedClient(), "hubs-insights");
        var commissioner = TestIssuer.Shared.Mint(TestPrincipal.Commissioner("north", "south"), "hubs-insights");
        var seen = new StringBuilder();
        var catalogue = JsonDocument.Parse(await ReadAsync(insights, "/api/v1/feeds", feedClient)).RootElement;
        Assert.NotEqual(0, catalogue.GetArrayLength());
        foreach (var table in catalogue.EnumerateArray())
        {
            var path = table.GetProperty("href").GetString()!;
            seen.AppendLine(await ReadAsync(insights, path, feedClient));
            seen.AppendLine(await ReadAsync(insights, path + "?format=csv", feedClient));
        }

        foreach (var page in Pages)
        {
            seen.AppendLine(await ReadAsync(insights, $"/dashboards/{page}", commissioner));
        }

        return seen.ToString();
    }

    private static async Task<string> ReadAsync(HttpClient insights, string path, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await insights.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode}");
        return await response.Content.ReadAsStringAsync();
    }
}

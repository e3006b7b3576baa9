using System.Text.Json;
using Hubs.Testing.Auth;

namespace Hubs.Testing;

/// <summary>Reads <c>GET /api/insights/referrals</c> as a stakeholder's machine client would (feeds.read).</summary>
public static class ReferralFeed
{
    public const string Path = "/api/insights/referrals";

    public static async Task<JsonElement> GetAsync(HttpClient insights) =>
        JsonDocument.Parse(await GetStringAsync(insights)).RootElement;

    public static async Task<string> GetStringAsync(HttpClient insights)
    {
        ArgumentNullException.ThrowIfNull(insights);
        using var request = new HttpRequestMessage(HttpMethod.Get, Path).SignedAs(
            TestPrincipal.FeedClient(),
            "hubs-insights"
        );
        using var response = await insights.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The published cell for a Hub in a week, e.g. "10" or "*"; null when the week is absent.</summary>
    public static string? Cell(JsonElement feed, string hubId, string isoWeek)
    {
        var column = feed.GetProperty("columns")
            .EnumerateArray()
            .Select(c => c.GetProperty("key").GetString())
            .ToList()
            .IndexOf(hubId);
        if (column < 0)
        {
            return null;
        }

        var row = feed.GetProperty("rows")
            .EnumerateArray()
            .FirstOrDefault(r => r.GetProperty("label").GetString() == isoWeek);
        return row.ValueKind == JsonValueKind.Undefined
            ? null
            : row.GetProperty("cells")[column].GetProperty("display").GetString();
    }
}

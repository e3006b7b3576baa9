using System.Net.Http.Json;
using System.Text.Json;

namespace Hubs.Testing;

/// <summary>Reads <c>GET /api/insights/referrals</c> as a stakeholder's client would.</summary>
public static class ReferralFeed
{
    public static async Task<JsonElement> GetAsync(HttpClient insights) =>
        await insights.GetFromJsonAsync<JsonElement>("/api/insights/referrals");

    /// <summary>The published cell for a Hub in a week, e.g. "10" or "*"; null when the week is absent.</summary>
    public static string? Cell(JsonElement feed, string hubId, string isoWeek)
    {
        var column = feed.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("key").GetString()).ToList().IndexOf(hubId);
        if (column < 0)
        {
            return null;
        }

        var row = feed.GetProperty("rows").EnumerateArray()
            .FirstOrDefault(r => r.GetProperty("label").GetString() == isoWeek);
        return row.ValueKind == JsonValueKind.Undefined
            ? null
            : row.GetProperty("cells")[column].GetProperty("display").GetString();
    }
}

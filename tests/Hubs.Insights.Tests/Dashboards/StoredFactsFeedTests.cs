using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;

namespace Hubs.Insights.Tests.Dashboards;

/// <summary>The feed over the real Insights store (no test fact source): what the referral consumer has written.</summary>
public sealed class StoredFactsFeedTests(InsightsHostFixture fixture) : IClassFixture<InsightsHostFixture>
{
    [Fact]
    public async Task The_feed_counts_the_stored_journeys_of_the_callers_hubs_with_not_stated_as_one_group()
    {
        await using (var connection = new NpgsqlConnection(fixture.Database.Insights))
        {
            await connection.OpenAsync();
            await using var insert = new NpgsqlCommand("""
                INSERT INTO insights.journey_facts (journey_key, hub_id, referral_week, referral_month, sector, staff_group, age_band, sex, ethnicity_group, disability, is_re_referral)
                SELECT 'k' || i, CASE WHEN i <= 24 THEN 'hub-a' ELSE 'hub-b' END, '2026-W02', '2026-01', 'health', 'nursing', '25-34',
                       CASE WHEN i <= 12 THEN 'female' ELSE 'not-stated' END, 'white', 'no', false
                FROM generate_series(1, 40) AS i
                """, connection);
            await insert.ExecuteNonQueryAsync();
        }

        var client = fixture.Host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.FeedClient("hub-a"));
        var feed = await client.GetFromJsonAsync<JsonElement>("/api/v1/feeds/equity?by=sex");

        var rows = feed.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("label").GetString()!, r => r.GetProperty("cells")[0].GetProperty("display").GetString());
        Assert.Equal(new Dictionary<string, string?> { ["female"] = "10", ["Not stated"] = "10", ["Overall"] = "25" }, rows);
    }
}

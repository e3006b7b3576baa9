using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Hubs.Insights.Tests.Dashboards;

/// <summary>
/// The feed over the real Insights store (no test fact source): what the referral consumer has written.
/// </summary>
public sealed class StoredFactsFeedTests(InsightsHostFixture fixture) : IClassFixture<InsightsHostFixture>
{
    [Fact]
    public async Task The_record_keys_salt_is_made_once_and_kept_by_a_rebuild_so_the_published_figures_are_too()
    {
        var keys = Host.Services.GetRequiredService<Hubs.Insights.Disclosure.IRecordKeySource>();
        var before = (await keys.GetAsync(CancellationToken.None)).Of("journey-1");

        await Hubs.Insights.Store.InsightsSchema.ResetAsync(Host.Services.GetRequiredService<NpgsqlDataSource>());
        var fresh = new Hubs.Insights.Store.StoredRecordKeys(Host.Services.GetRequiredService<NpgsqlDataSource>());

        Assert.Equal(before, (await fresh.GetAsync(CancellationToken.None)).Of("journey-1"));
        Assert.NotEqual(before, new Hubs.Insights.Disclosure.RecordKeys(new byte[32]).Of("journey-1"));
    }

    private Hubs.Testing.TestHost<InsightsEntryPoint> Host => fixture.Host;

    [Fact]
    public async Task The_feed_counts_the_stored_journeys_of_the_callers_hubs_with_not_stated_as_one_group()
    {
        await using (var connection = new NpgsqlConnection(fixture.Database.Insights))
        {
            await connection.OpenAsync();
            await using var insert = new NpgsqlCommand(
                """
                INSERT INTO insights.journey_facts (journey_key, hub_id, referral_week, referral_month, sector,
                    staff_group, age_band, sex, ethnicity_group, disability, is_re_referral)
                SELECT 'k' || i, CASE WHEN i <= 24 THEN 'hub-a' ELSE 'hub-b' END, '2026-W02', '2026-01',
                    'health', 'nursing', '25-34',
                       CASE WHEN i <= 12 THEN 'female' ELSE 'not-stated' END, 'white', 'no', false
                FROM generate_series(1, 40) AS i
                """,
                connection
            );
            await insert.ExecuteNonQueryAsync();
        }

        // Written straight into the store as a rebuild's batches write them, then summed as the rebuild sums them.
        await Hubs.Insights.Store.JourneyCellsRefill.RunAsync(Host.Services.GetRequiredService<NpgsqlDataSource>());
        var client = fixture.Host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(
            "Bearer",
            TestTokens.FeedClient("hub-a")
        );
        var feed = await client.GetFromJsonAsync<JsonElement>("/api/v2/feeds/equity?hub=hub-a&period=2026-01&by=sex");

        var rows = feed.GetProperty("rows")
            .EnumerateArray()
            .ToDictionary(
                r => r.GetProperty("label").GetString()!,
                r => r.GetProperty("cells")[0].GetProperty("display").GetString()
            );
        // 12 women, none stated as men, 12 not stated, 24 in all: each within 2 of the truth, then rounded.
        Assert.Equal(["female", "male", "Not stated", "Overall"], rows.Keys);
        Assert.Contains(rows["female"], new[] { "10", "15" });
        Assert.Equal("0", rows["male"]);
        Assert.Contains(rows["Not stated"], new[] { "10", "15" });
        Assert.Contains(rows["Overall"], new[] { "20", "25" });
    }
}

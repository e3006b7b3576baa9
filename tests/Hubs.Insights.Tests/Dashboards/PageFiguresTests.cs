using System.Net.Http.Json;
using System.Text.Json;
using Hubs.Insights.Features.Tables;

namespace Hubs.Insights.Tests.Dashboards;

/// <summary>The figures on the dashboards are the feed's disclosure-controlled cells, nothing else.</summary>
public sealed class PageFiguresTests : IClassFixture<DashboardHostFixture>
{
    private static readonly string[] Pages = DashboardCohort.Pages;
    private readonly DashboardHostFixture fixture;

    public PageFiguresTests(DashboardHostFixture fixture)
    {
        this.fixture = fixture;
        DashboardCohort.SeedInto(fixture);
    }

    /// <summary>
    /// Every figure on every page is a published cell: each page table equals the feed's table for the
    /// same Hub and period, and every count in the feed is 0, * or a multiple of 5 of at least 10.
    /// </summary>
    [Theory]
    [InlineData("?period=2026-Q1")]
    [InlineData("?hub=hub-b&period=2026-05")]
    [InlineData("?hub=hub-a&period=FY2025-26")]
    public async Task Every_number_on_every_page_is_the_disclosure_controlled_feed_cell(string query)
    {
        var commissioner = fixture.Client(TestTokens.Commissioner("hub-a", "hub-b"));
        var feedClient = fixture.Client(TestTokens.FeedClient("hub-a", "hub-b"));
        var checkedTables = 0;
        foreach (var path in Pages)
        {
            var tables = PageTables.Read(await commissioner.GetStringAsync(path + query));
            foreach (var (id, rows) in tables)
            {
                var (table, by) = FeedOf(id);
                var hub = query.Contains("hub=", StringComparison.Ordinal) ? "" : "&hub=hub-a";
                var feedQuery =
                    table == "hubs" ? "?" + query[(query.IndexOf("period", StringComparison.Ordinal))..] : query + hub;
                var feed = await feedClient.GetFromJsonAsync<JsonElement>(
                    $"/api/v2/feeds/{table}{feedQuery}{(by is null ? "" : $"&by={by}")}"
                );
                var published = feed.GetProperty("rows")
                    .EnumerateArray()
                    .Select(r =>
                        r.GetProperty("cells")
                            .EnumerateArray()
                            .Select(c => c.GetProperty("display").GetString()!)
                            .ToArray()
                    )
                    .ToList();
                Assert.Equal(published, rows);
                AssertCountsPublished(feed);
                checkedTables++;
            }
        }

        Assert.Equal(3 + 2 + 3 + (EquityBreakdown.ByCode.Count - 1) + 1, checkedTables);
    }

    private static (string Table, string? By) FeedOf(string tableId)
    {
        var code = tableId["table-".Length..];
        var equity = code.StartsWith("equity-", StringComparison.Ordinal);
        return equity ? ("equity", code["equity-".Length..]) : (code, null);
    }

    private static void AssertCountsPublished(JsonElement feed)
    {
        var counts = feed.GetProperty("columns")
            .EnumerateArray()
            .Select((c, i) => (Kind: c.GetProperty("kind").GetString(), i))
            .Where(c => c.Kind == "Count")
            .Select(c => c.i)
            .ToList();
        foreach (var row in feed.GetProperty("rows").EnumerateArray())
        {
            foreach (var column in counts)
            {
                var display = row.GetProperty("cells")[column].GetProperty("display").GetString()!;
                Assert.True(
                    display == "*"
                        || display == "0"
                        || (
                            int.Parse(display, System.Globalization.CultureInfo.InvariantCulture) is var n
                            && n >= 10
                            && n % 5 == 0
                        ),
                    display
                );
            }
        }
    }
}

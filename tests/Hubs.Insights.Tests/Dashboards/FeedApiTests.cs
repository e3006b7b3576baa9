using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Hubs.Insights.Tests.Dashboards;

/// <summary>Feed API v2 over HTTP, as a machine client with client credentials would call it; v1 is retired.</summary>
public sealed class FeedApiTests : IClassFixture<DashboardHostFixture>
{
    private readonly DashboardHostFixture fixture;

    public FeedApiTests(DashboardHostFixture fixture)
    {
        this.fixture = fixture;
        FeedCohort.Seed(fixture);
    }

    [Fact]
    public async Task A_feed_client_reads_a_table_of_one_hub_and_one_period_as_json()
    {
        var response = await fixture
            .Client(TestTokens.FeedClient("hub-a"))
            .GetAsync("/api/v2/feeds/trends?hub=hub-a&period=2026-Q1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var feed = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("trends", feed.GetProperty("table").GetString());
        Assert.Equal("2026-Q1", feed.GetProperty("period").GetString());
        Assert.Equal(["hub-a"], feed.GetProperty("hubs").EnumerateArray().Select(h => h.GetString()));
        Assert.False(feed.GetProperty("additive").GetBoolean());
        Assert.Equal("/method", feed.GetProperty("method").GetString());
        Assert.Equal(
            ["referrals", "screened", "entered-treatment", "finished-course"],
            feed.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("key").GetString())
        );
        Assert.Equal(
            ["2026-01", "2026-02", "2026-03", "2026-Q1"],
            feed.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("label").GetString())
        );
        var total = feed.GetProperty("rows")[3].GetProperty("cells")[0];
        Assert.Contains(total.GetProperty("display").GetString(), new[] { "50", "55" });
        Assert.Equal("value", total.GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_by_hub_table_has_rows_for_the_clients_own_hubs_only_and_no_total()
    {
        var one = await fixture
            .Client(TestTokens.FeedClient("hub-a"))
            .GetFromJsonAsync<JsonElement>("/api/v2/feeds/hubs?period=2026-01");
        var both = await fixture
            .Client(TestTokens.FeedClient("hub-a", "hub-b"))
            .GetFromJsonAsync<JsonElement>("/api/v2/feeds/hubs?period=2026-01");

        Assert.Equal(
            ["hub-a"],
            one.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("label").GetString())
        );
        Assert.Equal(
            ["hub-a", "hub-b"],
            both.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("label").GetString())
        );
        Assert.Equal(one.GetProperty("rows")[0].GetRawText(), both.GetProperty("rows")[0].GetRawText());
    }

    [Theory]
    [InlineData("/api/v2/feeds/trends?hub=hub-a&period=2026-01&format=csv", null)]
    [InlineData("/api/v2/feeds/trends?hub=hub-a&period=2026-01", "text/csv")]
    public async Task The_same_table_comes_as_csv_by_query_or_by_accept_header(string path, string? accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (accept is not null)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        }

        var client = fixture.Client(TestTokens.FeedClient("hub-a", "hub-b"));
        var response = await client.SendAsync(request);
        var json = await client.GetFromJsonAsync<JsonElement>("/api/v2/feeds/trends?hub=hub-a&period=2026-01");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("trends.csv", response.Content.Headers.ContentDisposition?.FileName);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var cells = json.GetProperty("rows")[0]
            .GetProperty("cells")
            .EnumerateArray()
            .Select(c => c.GetProperty("display").GetString());
        Assert.Equal(
            ["Group,Referrals,Screened,Entered treatment,Finished a course", "2026-01," + string.Join(',', cells)],
            lines
        );
    }

    [Fact]
    public async Task The_catalogue_lists_every_table_with_its_address_and_breakdowns()
    {
        var catalogue = await fixture
            .Client(TestTokens.FeedClient("hub-a"))
            .GetFromJsonAsync<JsonElement>("/api/v2/feeds");

        Assert.Equal(
            [
                "trends",
                "hubs",
                "waits",
                "open-waits",
                "outcomes",
                "attendance",
                "discharge-reasons",
                "equity",
                "team-support",
                "experience",
                "work-outcomes",
                "themes-by-sector",
                "measure-outcomes",
                "onward-referrals",
                "care-steps",
                "referral-sources",
                "reflective-groups",
                "allocation-wishes",
                "out-of-hours",
                "session-ratings",
                "adverse-event-response",
                "workshops",
                "consultations",
                "outreach",
                "outreach-by-organisation-type",
                "reflective-groups-by-sector",
                "adverse-events-by-sector",
                "referrals-after-group-work",
            ],
            catalogue.EnumerateArray().Select(t => t.GetProperty("table").GetString())
        );
        Assert.Equal("/api/v2/feeds/equity", catalogue[7].GetProperty("href").GetString());
        Assert.Contains("sector", catalogue[7].GetProperty("by").EnumerateArray().Select(b => b.GetString()));
        Assert.Contains("sex", By("allocation-wishes"));
        Assert.Empty(By("out-of-hours"));
        // Sparse Hub work is published by quarter and financial year only (Disclosure/DisclosureRules.md).
        Assert.Equal(["month", "quarter", "financial-year"], Periods("trends"));
        Assert.All(
            [
                "reflective-groups",
                "adverse-event-response",
                "workshops",
                "consultations",
                "outreach",
                "outreach-by-organisation-type",
                "reflective-groups-by-sector",
                "adverse-events-by-sector",
            ],
            table => Assert.Equal(["quarter", "financial-year"], Periods(table))
        );

        IEnumerable<string?> Periods(string table) =>
            catalogue
                .EnumerateArray()
                .Single(t => t.GetProperty("table").GetString() == table)
                .GetProperty("periods")
                .EnumerateArray()
                .Select(b => b.GetString());

        IEnumerable<string?> By(string table) =>
            catalogue
                .EnumerateArray()
                .Single(t => t.GetProperty("table").GetString() == table)
                .GetProperty("by")
                .EnumerateArray()
                .Select(b => b.GetString());
    }

    [Theory]
    [InlineData("/api/v1/feeds")]
    [InlineData("/api/v1/feeds/trends?hub=hub-a&from=2026-01&to=2026-01")]
    public async Task Feed_v1_is_gone_with_a_pointer_to_v2(string path)
    {
        var response = await fixture.Client(TestTokens.FeedClient("hub-a")).GetAsync(path);

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("/api/v2/feeds", problem.GetProperty("successor").GetString());
        Assert.Contains("/api/v2/feeds", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_feed_its_parameters_both_formats_and_links_the_method()
    {
        var document = await fixture.Client().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var get = document.GetProperty("paths").GetProperty("/api/v2/feeds/{table}").GetProperty("get");
        Assert.Equal(
            ["table", "hub", "period", "by", "format", "from", "to", "sector"],
            get.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString())
        );
        Assert.Contains("/method", get.GetProperty("description").GetString(), StringComparison.Ordinal);
        var ok = get.GetProperty("responses").GetProperty("200").GetProperty("content");
        Assert.True(ok.TryGetProperty("application/json", out _), ok.ToString());
        Assert.True(ok.TryGetProperty("text/csv", out _), ok.ToString());
        Assert.True(get.GetProperty("responses").TryGetProperty("400", out _), get.ToString());
    }
}

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Hubs.Insights.Metrics;

namespace Hubs.Insights.Tests.Dashboards;

/// <summary>Feed API v1 over HTTP, as a machine client with client credentials would call it.</summary>
public sealed class FeedApiTests : IClassFixture<DashboardHostFixture>
{
    private readonly DashboardHostFixture fixture;

    public FeedApiTests(DashboardHostFixture fixture)
    {
        this.fixture = fixture;
        // hub-a: 40 health referrals in January 2026, 12 police in February; hub-b: 100 in January.
        fixture.Facts.Set(
            Enumerable.Range(0, 40).Select(i => new JourneyFacts($"a{i}", "hub-a", "2026-01") { Sector = "health", Screened = true })
                .Concat(Enumerable.Range(0, 12).Select(i => new JourneyFacts($"p{i}", "hub-a", "2026-02") { Sector = "police" }))
                .Concat(Enumerable.Range(0, 100).Select(i => new JourneyFacts($"b{i}", "hub-b", "2026-01") { Sector = "health" })));
    }

    [Fact]
    public async Task A_feed_client_reads_a_table_as_json_for_its_own_hubs_only()
    {
        var response = await fixture.Client(TestTokens.FeedClient("hub-a")).GetAsync("/api/v1/feeds/trends");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var feed = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("trends", feed.GetProperty("table").GetString());
        Assert.Equal(["hub-a"], feed.GetProperty("hubs").EnumerateArray().Select(h => h.GetString()));
        Assert.Equal(["referrals", "screened", "entered-treatment", "finished-course"], feed.GetProperty("columns").EnumerateArray().Select(c => c.GetProperty("key").GetString()));
        Assert.Equal(["2026-01", "2026-02", "Total"], feed.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("label").GetString()));
        var total = feed.GetProperty("rows")[2].GetProperty("cells")[0];
        Assert.Equal("50", total.GetProperty("display").GetString());
        Assert.Equal("value", total.GetProperty("status").GetString());
        Assert.Equal(50, total.GetProperty("value").GetDecimal());
    }

    [Fact]
    public async Task The_by_hub_table_has_rows_for_the_clients_own_hubs_only()
    {
        var one = await fixture.Client(TestTokens.FeedClient("hub-a")).GetFromJsonAsync<JsonElement>("/api/v1/feeds/hubs");
        var both = await fixture.Client(TestTokens.FeedClient("hub-a", "hub-b")).GetFromJsonAsync<JsonElement>("/api/v1/feeds/hubs");

        Assert.Equal(["hub-a", "Total"], one.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("label").GetString()));
        Assert.Equal(["hub-a", "hub-b", "Total"], both.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("label").GetString()));
        Assert.Equal("100", both.GetProperty("rows")[1].GetProperty("cells")[0].GetProperty("display").GetString());
    }

    [Theory]
    [InlineData("/api/v1/feeds/trends?format=csv", null)]
    [InlineData("/api/v1/feeds/trends", "text/csv")]
    public async Task The_same_table_comes_as_csv_by_query_or_by_accept_header(string path, string? accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (accept is not null)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        }

        var response = await fixture.Client(TestTokens.FeedClient("hub-a", "hub-b")).SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("trends.csv", response.Content.Headers.ContentDisposition?.FileName);
        var lines = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["Group,Referrals,Screened,Entered treatment,Finished a course", "2026-01,140,40,0,0", "2026-02,10,0,0,0", "Total,150,40,0,0"], lines);
    }

    [Fact]
    public async Task Filters_narrow_the_cohort_by_hub_period_and_sector()
    {
        var client = fixture.Client(TestTokens.FeedClient("hub-a", "hub-b"));

        var byHub = await client.GetFromJsonAsync<JsonElement>("/api/v1/feeds/trends?hub=hub-b");
        var byPeriod = await client.GetFromJsonAsync<JsonElement>("/api/v1/feeds/trends?from=2026-02&to=2026-03");
        var bySector = await client.GetFromJsonAsync<JsonElement>("/api/v1/feeds/trends?sector=police");

        Assert.Equal("100", TotalReferrals(byHub));
        Assert.Equal(["2026-02", "2026-03", "Total"], byPeriod.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("label").GetString()));
        Assert.Equal("10", TotalReferrals(byPeriod));
        Assert.Equal("10", TotalReferrals(bySector));
        Assert.Equal("police", bySector.GetProperty("filter").GetProperty("sector").GetString());
    }

    [Theory]
    [InlineData("/api/v1/feeds/trends?from=2026-13", "from")]
    [InlineData("/api/v1/feeds/trends?from=2026-05&to=2026-04", "to")]
    [InlineData("/api/v1/feeds/trends?sector=banking", "sector")]
    [InlineData("/api/v1/feeds/trends?by=sex", "by")]
    [InlineData("/api/v1/feeds/equity?by=postcode", "by")]
    [InlineData("/api/v1/feeds/team-support?sector=health", "sector")]
    [InlineData("/api/v1/feeds/trends?format=xml", "format")]
    public async Task A_bad_filter_is_a_validation_problem_naming_it(string path, string field)
    {
        var response = await fixture.Client(TestTokens.FeedClient("hub-a")).GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Theory]
    [InlineData("/api/v1/feeds/referrals-by-name")]
    [InlineData("/api/v1/feeds/trends?hub=hub-b")]
    public async Task An_unknown_table_or_someone_elses_hub_is_not_found(string path)
    {
        var response = await fixture.Client(TestTokens.FeedClient("hub-a")).GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_feed_needs_a_token_with_feeds_read_and_a_hub()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.Client().GetAsync("/api/v1/feeds/trends")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Client(TestTokens.Commissioner("hub-a")).GetAsync("/api/v1/feeds/trends")).StatusCode);
        var noHub = await fixture.Client(TestTokens.FeedClient()).GetAsync("/api/v1/feeds/trends");
        Assert.Equal(HttpStatusCode.Forbidden, noHub.StatusCode);
        Assert.Equal("application/problem+json", noHub.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_catalogue_lists_every_table_with_its_address()
    {
        var catalogue = await fixture.Client(TestTokens.FeedClient("hub-a")).GetFromJsonAsync<JsonElement>("/api/v1/feeds");

        Assert.Equal(
            ["trends", "hubs", "waits", "outcomes", "attendance", "discharge-reasons", "equity", "team-support"],
            catalogue.EnumerateArray().Select(t => t.GetProperty("table").GetString()));
        Assert.Equal("/api/v1/feeds/equity", catalogue[6].GetProperty("href").GetString());
    }

    [Fact]
    public async Task The_openapi_document_describes_the_feed_its_filters_and_both_formats()
    {
        var document = await fixture.Client().GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var get = document.GetProperty("paths").GetProperty("/api/v1/feeds/{table}").GetProperty("get");
        Assert.Equal(
            ["table", "hub", "from", "to", "sector", "by", "format"],
            get.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        var ok = get.GetProperty("responses").GetProperty("200").GetProperty("content");
        Assert.True(ok.TryGetProperty("application/json", out _), ok.ToString());
        Assert.True(ok.TryGetProperty("text/csv", out _), ok.ToString());
        Assert.True(get.GetProperty("responses").TryGetProperty("400", out _), get.ToString());
    }

    private static string? TotalReferrals(JsonElement feed) =>
        feed.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("isTotal").GetBoolean()).GetProperty("cells")[0].GetProperty("display").GetString();
}

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Hubs.Insights.Tests.Dashboards;

/// <summary>Feed API v1 over HTTP, as a machine client with client credentials would call it.</summary>
public sealed class FeedApiTests : IClassFixture<DashboardHostFixture>
{
    private readonly DashboardHostFixture fixture;

    public FeedApiTests(DashboardHostFixture fixture)
    {
        this.fixture = fixture;
        FeedCohort.Seed(fixture);
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
}

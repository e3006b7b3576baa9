using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Hubs.Insights.Tests.Dashboards;

/// <summary>Feed API v1: filters, bad requests and who may call it.</summary>
public sealed class FeedFilterTests : IClassFixture<DashboardHostFixture>
{
    private readonly DashboardHostFixture fixture;

    public FeedFilterTests(DashboardHostFixture fixture)
    {
        this.fixture = fixture;
        FeedCohort.Seed(fixture);
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
    [InlineData("/api/v1/feeds/trends?from=0000-01", "from")]
    [InlineData("/api/v1/feeds/trends?to=9999-12", "to")]
    [InlineData("/api/v1/feeds/waits?from=1999-12&to=2026-01", "from")]
    [InlineData("/api/v1/feeds/referrals-by-name", "table")]
    public async Task A_bad_filter_is_a_validation_problem_naming_it(string path, string field)
    {
        var response = await fixture.Client(TestTokens.FeedClient("hub-a")).GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task Someone_elses_hub_is_not_found()
    {
        var response = await fixture.Client(TestTokens.FeedClient("hub-a")).GetAsync("/api/v1/feeds/trends?hub=hub-b");

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

    private static string? TotalReferrals(JsonElement feed) =>
        feed.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("isTotal").GetBoolean()).GetProperty("cells")[0].GetProperty("display").GetString();
}

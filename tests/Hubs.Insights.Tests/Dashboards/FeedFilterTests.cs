using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Hubs.Insights.Tests.Dashboards;

/// <summary>Feed API v2: Hub, period and breakdown, bad requests and who may call it.</summary>
public sealed class FeedFilterTests : IClassFixture<DashboardHostFixture>
{
    private readonly DashboardHostFixture fixture;

    public FeedFilterTests(DashboardHostFixture fixture)
    {
        this.fixture = fixture;
        FeedCohort.Seed(fixture);
    }

    [Fact]
    public async Task The_hub_and_the_period_pick_the_cohort()
    {
        var client = fixture.Client(TestTokens.FeedClient("hub-a", "hub-b"));

        var hubB = await client.GetFromJsonAsync<JsonElement>("/api/v2/feeds/trends?hub=hub-b&period=2026-01");
        var february = await client.GetFromJsonAsync<JsonElement>("/api/v2/feeds/trends?hub=hub-a&period=2026-02");
        var year = await client.GetFromJsonAsync<JsonElement>("/api/v2/feeds/trends?hub=hub-a&period=FY2025-26");

        Assert.Contains(Referrals(hubB, "2026-01"), new[] { "100" });
        Assert.Contains(Referrals(february, "2026-02"), new[] { "10", "15" });
        Assert.Equal(13, year.GetProperty("rows").GetArrayLength());
        Assert.Equal(Referrals(february, "2026-02"), Referrals(year, "2026-02"));
    }

    [Theory]
    [InlineData("/api/v2/feeds/trends?hub=hub-a&period=0000-01", "period")]
    [InlineData("/api/v2/feeds/trends?hub=hub-a&period=9999-12", "period")]
    [InlineData("/api/v2/feeds/trends?hub=hub-a&period=1999-Q4", "period")]
    [InlineData("/api/v2/feeds/trends?hub=hub-a&period=2026-13", "period")]
    [InlineData("/api/v2/feeds/trends?hub=hub-a&period=FY2026-28", "period")]
    [InlineData("/api/v2/feeds/trends?hub=hub-a", "period")]
    [InlineData("/api/v2/feeds/trends?period=2026-01", "hub")]
    [InlineData("/api/v2/feeds/hubs?hub=hub-a&period=2026-01", "hub")]
    [InlineData("/api/v2/feeds/trends?hub=hub-a&period=2026-01&from=0000-01", "from")]
    [InlineData("/api/v2/feeds/trends?hub=hub-a&period=2026-01&to=9999-12", "to")]
    [InlineData("/api/v2/feeds/trends?hub=hub-a&period=2026-01&sector=banking", "sector")]
    [InlineData("/api/v2/feeds/trends?hub=hub-a&period=2026-01&by=sex", "by")]
    [InlineData("/api/v2/feeds/equity?hub=hub-a&period=2026-01&by=postcode", "by")]
    [InlineData("/api/v2/feeds/trends?hub=hub-a&period=2026-01&format=xml", "format")]
    [InlineData("/api/v2/feeds/referrals-by-name?hub=hub-a&period=2026-01", "table")]
    public async Task A_bad_parameter_is_a_validation_problem_naming_it(string path, string field)
    {
        var response = await fixture.Client(TestTokens.FeedClient("hub-a")).GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Theory]
    [InlineData("/api/v2/feeds/adverse-event-response?hub=hub-a&period=2026-01", "feed")]
    [InlineData("/api/v2/feeds/reflective-groups?hub=hub-a&period=2026-02&format=csv", "feed")]
    [InlineData("/dashboards/outreach.csv?hub=hub-a&period=2026-03", "commissioner")]
    public async Task A_table_of_Hub_work_refuses_a_month_and_says_which_periods_it_takes(string path, string who)
    {
        var token = who == "feed" ? TestTokens.FeedClient("hub-a") : TestTokens.Commissioner("hub-a");

        var response = await fixture.Client(token).GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var message = problem.GetProperty("errors").GetProperty("period")[0].GetString();
        Assert.Contains("by quarter (2026-Q2) or financial year (FY2026-27) only", message, StringComparison.Ordinal);
        var quarter = await fixture
            .Client(token)
            .GetAsync(path.Replace("period=2026-0", "period=2026-Q", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, quarter.StatusCode);
    }

    [Fact]
    public async Task Someone_elses_hub_is_not_found()
    {
        var response = await fixture
            .Client(TestTokens.FeedClient("hub-a"))
            .GetAsync("/api/v2/feeds/trends?hub=hub-b&period=2026-01");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_feed_needs_a_token_with_feeds_read_and_a_hub()
    {
        const string path = "/api/v2/feeds/trends?hub=hub-a&period=2026-01";
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.Client().GetAsync(path)).StatusCode);
        Assert.Equal(
            HttpStatusCode.Forbidden,
            (await fixture.Client(TestTokens.Commissioner("hub-a")).GetAsync(path)).StatusCode
        );
        var noHub = await fixture.Client(TestTokens.FeedClient()).GetAsync(path);
        Assert.Equal(HttpStatusCode.Forbidden, noHub.StatusCode);
        Assert.Equal("application/problem+json", noHub.Content.Headers.ContentType?.MediaType);
    }

    private static string? Referrals(JsonElement feed, string row) =>
        feed.GetProperty("rows")
            .EnumerateArray()
            .Single(r => r.GetProperty("label").GetString() == row)
            .GetProperty("cells")[0]
            .GetProperty("display")
            .GetString();
}

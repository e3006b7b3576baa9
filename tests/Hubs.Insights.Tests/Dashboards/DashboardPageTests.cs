using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Hubs.Insights.Features.Tables;
using Hubs.Testing.Auth;

namespace Hubs.Insights.Tests.Dashboards;

/// <summary>The commissioner pages over HTTP: access, filters, CSV downloads and the figures they show.</summary>
public sealed partial class DashboardPageTests : IClassFixture<DashboardHostFixture>
{
    private static readonly string[] Pages = ["/dashboards/trends", "/dashboards/waits", "/dashboards/outcomes", "/dashboards/equity", "/dashboards/team-support"];
    private readonly DashboardHostFixture fixture;

    public DashboardPageTests(DashboardHostFixture fixture)
    {
        this.fixture = fixture;
        fixture.Facts.Set(
            Cohorts.Random(seed: 7, journeys: 140, hubs: ["hub-a", "hub-b", "hub-c"]),
            Enumerable.Range(0, 25).Select(i => new TeamActivityFacts(i % 3 == 0 ? "hub-b" : "hub-a", $"2026-0{1 + (i % 6)}", TeamSupportTable.Kinds[i % 5], 4 + i)));
    }

    public static TheoryData<string> PagePaths() => [.. Pages];

    [Theory]
    [MemberData(nameof(PagePaths))]
    public async Task Each_page_shows_charts_over_accessible_tables_with_csv_links_and_no_inline_code(string path)
    {
        var response = await fixture.Client(TestTokens.Commissioner("hub-a", "hub-b")).GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.DoesNotMatch(InlineScript(), html);
        Assert.DoesNotContain(" style=", html, StringComparison.Ordinal);
        Assert.Contains("src=\"/lib/chart.js/chart.umd.min.js", html, StringComparison.Ordinal);
        Assert.Matches("<canvas data-chart-table=\"table-", html);
        Assert.Matches("<caption class=\"nhsuk-table__caption[^\"]*\" id=\"table-[^\"]+-caption\">", html);
        Assert.Matches("<th class=\"nhsuk-table__header\" scope=\"row\">", html);
        Assert.Matches("href=\"/dashboards/[a-z-]+\\.csv", html);
        Assert.NotEmpty(PageTables.Read(html));
    }

    [Fact]
    public async Task Pages_need_a_signed_in_commissioner()
    {
        var anonymous = await fixture.Client().GetAsync("/dashboards/trends");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith(TestIssuer.Shared.Authority + "authorize?", anonymous.Headers.Location?.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Client(TestTokens.FeedClient("hub-a")).GetAsync("/dashboards/trends")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await fixture.Client(TestTokens.FeedClient("hub-a")).GetAsync("/dashboards/trends.csv")).StatusCode);
    }

    [Fact]
    public async Task A_hub_that_is_not_the_commissioners_is_not_found()
    {
        var response = await fixture.Client(TestTokens.Commissioner("hub-a")).GetAsync("/dashboards/trends?hub=hub-c");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_bad_filter_is_explained_next_to_the_field_and_in_the_error_summary()
    {
        var html = await fixture.Client(TestTokens.Commissioner("hub-a")).GetStringAsync("/dashboards/waits?from=April&to=2026-03");

        Assert.Contains("There is a problem", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#from\">Enter the first month as yyyy-MM, for example 2026-04.</a>", html, StringComparison.Ordinal);
        Assert.Contains("id=\"from-error\"", html, StringComparison.Ordinal);
        Assert.StartsWith("<title>Error: ", TitlePattern().Match(html).Value, StringComparison.Ordinal);
        Assert.Empty(PageTables.Read(html));
    }

    [Fact]
    public async Task The_csv_download_is_the_table_on_the_page_with_its_filters()
    {
        var commissioner = fixture.Client(TestTokens.Commissioner("hub-a", "hub-b"));
        var page = await commissioner.GetStringAsync("/dashboards/equity?hub=hub-a&sector=health");
        var href = WebUtility.HtmlDecode(Regex.Match(page, "href=\"(/dashboards/equity\\.csv\\?[^\"]*by=sex[^\"]*)\"").Groups[1].Value);

        var response = await commissioner.GetAsync(href);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("hub=hub-a", href, StringComparison.Ordinal);
        Assert.Contains("sector=health", href, StringComparison.Ordinal);
        var csv = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var shown = PageTables.Read(page)["table-equity-sex"];
        Assert.Equal(shown.Select(cells => string.Join(',', cells)), csv.Skip(1).Select(line => line[(line.IndexOf(',', StringComparison.Ordinal) + 1)..]));
    }

    [Theory]
    [InlineData("/dashboards/trends?from=0000-01", "from")]
    [InlineData("/dashboards/outcomes?to=9999-12", "to")]
    public async Task A_month_out_of_range_is_a_form_error_not_a_failure(string path, string field)
    {
        var response = await fixture.Client(TestTokens.Commissioner("hub-a")).GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"id=\"{field}-error\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [GeneratedRegex("<script(?![^>]*\\bsrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    [GeneratedRegex("<title>[^<]*")]
    private static partial Regex TitlePattern();
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Hubs.Testing.Auth;

namespace Hubs.Insights.Tests.Dashboards;

/// <summary>The commissioner pages over HTTP: access, filters, CSV downloads and the figures they show.</summary>
public sealed partial class DashboardPageTests : IClassFixture<DashboardHostFixture>
{
    private static readonly string[] Pages = DashboardCohort.Pages;
    private readonly DashboardHostFixture fixture;

    public DashboardPageTests(DashboardHostFixture fixture)
    {
        this.fixture = fixture;
        DashboardCohort.SeedInto(fixture);
    }

    public static TheoryData<string> PagePaths() => [.. Pages];

    [Theory]
    [MemberData(nameof(PagePaths))]
    public async Task Each_page_shows_charts_over_accessible_tables_with_csv_links_and_no_inline_code(string path)
    {
        var response = await fixture.Client(TestTokens.Commissioner("hub-a", "hub-b")).GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(
            "script-src 'self'",
            response.Headers.GetValues("Content-Security-Policy").Single(),
            StringComparison.Ordinal
        );
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
    public async Task The_method_page_is_open_to_all_and_linked_from_every_dashboard_and_under_every_chart()
    {
        var method = await fixture.Client().GetAsync("/method");
        var text = await method.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, method.StatusCode);
        Assert.Contains("cell-key method", text, StringComparison.Ordinal);
        Assert.Contains("50.0%", text, StringComparison.Ordinal);
        Assert.Contains("16.7%", text, StringComparison.Ordinal);
        foreach (var path in Pages)
        {
            var html = await fixture.Client(TestTokens.Commissioner("hub-a")).GetStringAsync(path + "?period=2026-Q1");
            Assert.Contains("href=\"/method\"", html, StringComparison.Ordinal);
            Assert.Equal(
                Regex.Count(html, "<canvas "),
                Regex.Count(html, "class=\"nhsuk-body-s hubs-protection-note\"")
            );
        }
    }

    [Fact]
    public async Task Pages_need_a_signed_in_commissioner()
    {
        var anonymous = await fixture.Client().GetAsync("/dashboards/trends");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith(
            TestIssuer.Shared.Authority + "authorize?",
            anonymous.Headers.Location?.ToString(),
            StringComparison.Ordinal
        );
        Assert.Equal(
            HttpStatusCode.Forbidden,
            (await fixture.Client(TestTokens.FeedClient("hub-a")).GetAsync("/dashboards/trends")).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.Forbidden,
            (await fixture.Client(TestTokens.FeedClient("hub-a")).GetAsync("/dashboards/trends.csv")).StatusCode
        );
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
        var html = await fixture
            .Client(TestTokens.Commissioner("hub-a"))
            .GetStringAsync("/dashboards/waits?period=April");

        Assert.Contains("There is a problem", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"#period\">Enter a period from 2000 to 2099.", html, StringComparison.Ordinal);
        Assert.Contains("id=\"period-error\"", html, StringComparison.Ordinal);
        Assert.StartsWith("<title>Error: ", TitlePattern().Match(html).Value, StringComparison.Ordinal);
        Assert.Empty(PageTables.Read(html));
    }

    [Fact]
    public async Task The_csv_download_is_the_table_on_the_page_with_its_filters()
    {
        var commissioner = fixture.Client(TestTokens.Commissioner("hub-a", "hub-b"));
        var page = await commissioner.GetStringAsync("/dashboards/equity?hub=hub-a&period=2026-Q1");
        var href = WebUtility.HtmlDecode(
            Regex.Match(page, "href=\"(/dashboards/equity\\.csv\\?[^\"]*by=sex[^\"]*)\"").Groups[1].Value
        );

        var response = await commissioner.GetAsync(href);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("hub=hub-a", href, StringComparison.Ordinal);
        Assert.Contains("period=2026-Q1", href, StringComparison.Ordinal);
        var csv = (await response.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var shown = PageTables.Read(page)["table-equity-sex"];
        Assert.Equal(
            shown.Select(cells => string.Join(',', cells)),
            csv.Skip(1).Select(line => line[(line.IndexOf(',', StringComparison.Ordinal) + 1)..])
        );
    }

    [Theory]
    [InlineData("/dashboards/trends?period=0000-01", "period")]
    [InlineData("/dashboards/outcomes?period=9999-12", "period")]
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

using Hubs.Insights.Features.Tables;
using Hubs.Testing.Browser;

namespace Hubs.Insights.Tests.Dashboards;

/// <summary>
/// The dashboards in headless Chromium: charts drawn by Chart.js from our own origin under the strict CSP,
/// no WCAG 2.2 AA violations (axe-core), screenshots saved for a reviewer. The browser carries a
/// commissioner's bearer token (the cookie sign-in itself is tested with Identity).
/// </summary>
public sealed class DashboardBrowserTests : IClassFixture<KestrelDashboardHostFixture>, IAsyncLifetime
{
    private readonly KestrelDashboardHostFixture fixture;
    private Chromium chromium = null!;

    public DashboardBrowserTests(KestrelDashboardHostFixture fixture)
    {
        this.fixture = fixture;
        fixture.Facts.Set(
            Cohorts.Random(seed: 11, journeys: 600, hubs: ["hub-a", "hub-b"], months: 9),
            Enumerable
                .Range(0, 60)
                .Select(i => new TeamActivityFacts(
                    $"t{i}",
                    "hub-a",
                    $"2026-0{1 + (i % 9)}",
                    TeamSupportTable.Kinds[i % 5],
                    5 + (i % 11)
                ))
        );
    }

    public static TheoryData<string, string> Dashboards() =>
        new()
        {
            { "dashboards/trends?period=2026-Q2", "trends" },
            { "dashboards/waits?period=2026-Q2", "waits" },
            { "dashboards/outcomes?period=2026-Q2", "outcomes" },
            { "dashboards/equity?period=2026-Q2", "equity" },
            { "dashboards/team-support?period=2026-Q2", "team-support" },
            { "dashboards/trends?hub=hub-b&period=FY2026-27", "trends-year" },
            { "dashboards/outcomes?period=2026-99", "outcomes-bad-filter" },
            { "method", "method" },
        };

    public async Task InitializeAsync() => chromium = await Chromium.SharedAsync();

    public async Task DisposeAsync() => await chromium.DisposeAsync();

    [Theory]
    [MemberData(nameof(Dashboards))]
    public async Task Each_dashboard_draws_its_charts_locally_and_passes_axe(string path, string name)
    {
        foreach (var (width, device) in new[] { (1280, "desktop"), (390, "phone") })
        {
            await using var page = await chromium.OpenAsync(fixture.Origin!, width, height: 900);
            await page.Page.Context.SetExtraHTTPHeadersAsync(
                new Dictionary<string, string>
                {
                    ["Authorization"] = "Bearer " + TestTokens.Commissioner("hub-a", "hub-b"),
                }
            );

            var response = await page.Page.GotoAsync(path);

            Assert.Equal(200, response!.Status);
            var canvases = await page.Page.Locator("canvas[data-chart-table]").CountAsync();
            var drawn = await page.Page.EvaluateAsync<int>(
                "() => [...document.querySelectorAll('canvas[data-chart-table]')].filter(c => Chart.getChart(c)).length"
            );
            Assert.Equal(canvases, drawn);
            var charted =
                name.EndsWith("bad-filter", StringComparison.Ordinal) || name == "method"
                    ? 0
                    : await page.Page.Locator("table.nhsuk-table").CountAsync();
            Assert.Equal(charted, canvases);
            Assert.Equal(charted, await page.Page.Locator(".hubs-protection-note").CountAsync());
            // Reflow (WCAG 1.4.10): the page never scrolls sideways; only a wide table scrolls, in its own region.
            Assert.True(
                await page.Page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"),
                $"{path} scrolls sideways at {width}px"
            );
            page.AssertNoConsoleErrors();
            page.AssertOnlyOwnOrigin();
            await page.AssertNoViolationsAsync();
            await page.SaveScreenshotAsync($"insights-{name}-{device}");
        }
    }

    [Fact]
    public async Task Keyboard_users_reach_the_filters_and_each_table_region()
    {
        await using var page = await chromium.OpenAsync(fixture.Origin!, 1280, height: 900);
        await page.Page.Context.SetExtraHTTPHeadersAsync(
            new Dictionary<string, string> { ["Authorization"] = "Bearer " + TestTokens.Commissioner("hub-a") }
        );
        await page.Page.GotoAsync("dashboards/equity?period=2026-Q2");

        var focused = new List<string>();
        for (var i = 0; i < 40; i++)
        {
            await page.Page.Keyboard.PressAsync("Tab");
            focused.Add(
                await page.Page.EvaluateAsync<string>(
                    "() => document.activeElement.id || document.activeElement.getAttribute('aria-labelledby') "
                        + "|| document.activeElement.textContent.trim()"
                )
            );
        }

        Assert.Contains("hub", focused);
        Assert.Contains("period", focused);
        Assert.Contains("table-equity-sex-caption", focused);
    }
}

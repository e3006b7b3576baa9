using Hubs.Insights.Tests.Dashboards;
using Hubs.Testing.Browser;
using Microsoft.Playwright;

namespace Hubs.Insights.Tests.Reports;

/// <summary>
/// The quarterly report in headless Chromium: axe on the page, then the browser's own print to A4 (print CSS: no
/// navigation, one Hub to a sheet) saved as a PDF, and the print view saved as PNGs for a reviewer to look at.
/// </summary>
public sealed class QuarterlyReportBrowserTests : IClassFixture<KestrelDashboardHostFixture>, IAsyncLifetime
{
    private readonly KestrelDashboardHostFixture fixture;
    private Chromium chromium = null!;

    public QuarterlyReportBrowserTests(KestrelDashboardHostFixture fixture)
    {
        this.fixture = fixture;
        fixture.Facts.Set(ReportCohort.Journeys(), ReportCohort.Activities());
    }

    public async Task InitializeAsync() => chromium = await Chromium.LaunchAsync();

    public async Task DisposeAsync() => await chromium.DisposeAsync();

    [Fact]
    public async Task The_report_passes_axe_and_prints_to_A4_without_the_page_chrome()
    {
        await using var page = await chromium.OpenAsync(fixture.Origin!, 1280, height: 900);
        await page.Page.Context.SetExtraHTTPHeadersAsync(
            new Dictionary<string, string> { ["Authorization"] = "Bearer " + TestTokens.Commissioner("hub-a", "hub-b") }
        );

        var response = await page.Page.GotoAsync("reports/quarterly?quarter=2026-Q3");

        Assert.Equal(200, response!.Status);
        var canvases = await page.Page.Locator("canvas[data-chart-table]").CountAsync();
        Assert.Equal(
            canvases,
            await page.Page.EvaluateAsync<int>(
                "() => [...document.querySelectorAll('canvas[data-chart-table]')].filter(c => Chart.getChart(c)).length"
            )
        );
        Assert.True(await page.Page.Locator("[data-print-report]").IsVisibleAsync());
        page.AssertNoConsoleErrors();
        page.AssertOnlyOwnOrigin();
        await page.AssertNoViolationsAsync();
        await page.SaveScreenshotAsync("insights-quarterly-report-screen");

        await page.Page.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.False(await page.Page.Locator("header.nhsuk-header").IsVisibleAsync());
        Assert.False(await page.Page.Locator("form.hubs-filters").IsVisibleAsync());
        await page.Page.SetViewportSizeAsync(794, 1123);
        await page.SaveScreenshotAsync("insights-quarterly-report-print");
        var pdf = await page.Page.PdfAsync(new() { Format = "A4", PrintBackground = true });
        await File.WriteAllBytesAsync(Path.Combine(Screenshots.Folder, "quarterly-report-chromium.pdf"), pdf);
        // One sheet at least for the all-Hubs page and one for each Hub (each starts a new sheet).
        Assert.True(Sheets(pdf) >= 3, $"{Sheets(pdf)} sheets");
    }

    private static int Sheets(byte[] pdf) =>
        System.Text.RegularExpressions.Regex.Count(System.Text.Encoding.Latin1.GetString(pdf), @"/Type\s*/Page[^s]");
}

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

    public async Task InitializeAsync() => chromium = await Chromium.SharedAsync();

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
        // A4's width less the print margins (210 - 2 x 10 mm at 96 px to the inch).
        await page.Page.SetViewportSizeAsync(718, 1123);
        await page.SaveScreenshotAsync("insights-quarterly-report-print");
        var faults = await page.Page.EvaluateAsync<string[]>(PrintFaults.Script);
        var pdf = await page.Page.PdfAsync(new() { Format = "A4", PrintBackground = true });
        await PdfPictures.SaveAsync(pdf, "quarterly-report-chromium");
        Assert.True(faults.Length == 0, string.Join("\n", faults));
        var sheets = await PdfReaderText.PagesAsync(pdf);
        // One sheet at least for the all-Hubs page and one for each Hub (each starts a new sheet).
        Assert.True(sheets.Count >= 3, $"{sheets.Count} sheets");
        foreach (var (text, number) in sheets.Select((t, i) => (t, i + 1)))
        {
            var named = new[] { "Hub: hub-a", "Hub: hub-b", "All your Hubs" }
                .Where(h => text.Contains(h, StringComparison.Ordinal))
                .ToList();
            Assert.True(named.Count == 1, $"Printed sheet {number} names {named.Count} Hubs:\n{text}");
            Assert.True(text.Contains("2026-Q3", StringComparison.Ordinal), $"Sheet {number}: no quarter\n{text}");
        }
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hubs.Insights.Features.Reports;
using Hubs.Insights.Features.Tables;
using Hubs.Insights.Features.Wording;
using Hubs.Insights.Tests.Dashboards;
using Hubs.ServiceDefaults.Auth;
using Hubs.Testing;
using Hubs.Testing.Auth;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Insights.Tests.Reports;

/// <summary>
/// The commissioner's quarterly report over HTTP: one page per Hub of the reader's after an all-Hubs page, every
/// section's table, and a PDF whose text carries exactly the published cells (suppressed ones as *).
/// </summary>
public sealed class QuarterlyReportTests : IClassFixture<DashboardHostFixture>
{
    private readonly DashboardHostFixture fixture;

    public QuarterlyReportTests(DashboardHostFixture fixture)
    {
        this.fixture = fixture;
        fixture.Facts.Set(ReportCohort.Journeys(), ReportCohort.Activities());
    }

    private static string Lead(string hub) =>
        TestIssuer.Shared.Mint(TestPrincipal.HubLead(hub), HubsScopes.InsightsAudience);

    [Fact]
    public void Every_section_of_the_report_is_a_table_published_by_quarter()
    {
        var quarter = Period.Parse("2026-Q3")!;

        Assert.All(QuarterlyReportSections.AllHubs.Concat(QuarterlyReportSections.PerHub), section =>
            Assert.True(TableCatalogue.Find(section.Table)!.Publishes(quarter), section.Table)
        );
    }

    [Fact]
    public async Task The_page_shows_every_section_for_each_Hub_of_the_reader()
    {
        using var client = fixture.Client(TestTokens.Commissioner("hub-a", "hub-b"));

        var html = await client.GetStringAsync("/reports/quarterly?quarter=2026-Q3");

        Assert.Contains("Quarterly report, 2026-Q3, all your Hubs", html, StringComparison.Ordinal);
        Assert.Contains("Hub: hub-a", html, StringComparison.Ordinal);
        Assert.Contains("Hub: hub-b", html, StringComparison.Ordinal);
        Assert.Contains(MeasureOutcomesTable.Title, html, StringComparison.Ordinal);
        Assert.Contains("PTSD (PCL-5, probable PTSD)", html, StringComparison.Ordinal);
        // Group and peer work (issue 21), each table with its figures (the PDF test checks every cell).
        Assert.All(
            [
                CommissionerWords.Titles.ReflectiveGroups,
                CommissionerWords.Titles.AdverseEventResponse,
                CommissionerWords.Titles.Workshops,
                CommissionerWords.Titles.Consultations,
                CommissionerWords.Titles.Outreach,
                CommissionerWords.Titles.OutreachByOrganisationType,
                CommissionerWords.Titles.ReflectiveGroupsBySector,
                CommissionerWords.Titles.AdverseEventsBySector,
                CommissionerWords.Titles.ReferralsAfterGroupWork,
            ],
            title => Assert.Contains(title, html, StringComparison.Ordinal)
        );
        Assert.Contains("Talks to partner organisations", html, StringComparison.Ordinal);
        Assert.Contains("/reports/quarterly.pdf?quarter=2026-Q3", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Hub_lead_reads_their_own_Hub_and_a_wrong_quarter_is_explained()
    {
        using var lead = fixture.Client(Lead("hub-a"));

        Assert.Equal(
            HttpStatusCode.OK,
            (await lead.GetAsync("/reports/quarterly?hub=hub-a&quarter=2026-Q3")).StatusCode
        );
        Assert.Equal(HttpStatusCode.NotFound, (await lead.GetAsync("/reports/quarterly?hub=hub-b")).StatusCode);
        var page = await lead.GetStringAsync("/reports/quarterly?hub=hub-a&quarter=2026-07");
        Assert.Contains("Enter a calendar quarter of referral, for example 2026-Q3.", page, StringComparison.Ordinal);
        var pdf = await lead.GetAsync("/reports/quarterly.pdf?hub=hub-a&quarter=2026-7");
        Assert.Equal(HttpStatusCode.BadRequest, pdf.StatusCode);
        var problem = await pdf.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(
            "Enter a calendar quarter of referral, for example 2026-Q3.",
            problem.GetProperty("errors").GetProperty("quarter")[0].GetString()
        );
    }

    [Fact]
    public async Task The_PDF_carries_exactly_the_published_figures_one_Hub_to_a_page()
    {
        using var client = fixture.Client(TestTokens.Commissioner("hub-a", "hub-b"));

        var response = await client.GetAsync("/reports/quarterly.pdf?quarter=2026-Q3");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var sheets = await PdfPictures.SaveAsync(bytes, "quarterly-report-pdfsharp");
        var pages = PdfText.Pages(bytes);
        // What a reviewer checks of the printed sheets: one picture a page, each A4 (297 by 210 mm), none blank.
        Assert.Equal(pages.Count, sheets.Count);
        Assert.All(sheets, s => Assert.InRange((double)s.Height / s.Width, 297 / 210.0 * 0.99, 297 / 210.0 * 1.01));
        Assert.All(sheets, s => Assert.True(s.Inked > 0.01, $"{s.Png} is {s.Inked:P1} inked: nearly blank"));
        // Wrapped labels are joined again: the PDF's text as one line of words.
        var text = string.Join(' ', pages).Replace('\n', ' ');
        Assert.Contains(pages, p => p.Contains("Hub: hub-a", StringComparison.Ordinal));
        Assert.DoesNotContain(pages, p =>
            p.Contains("Hub: hub-a", StringComparison.Ordinal) && p.Contains("Hub: hub-b", StringComparison.Ordinal)
        );
        var queries = fixture.Factory.Services.GetRequiredService<InsightsQueries>();
        var quarter = Period.Parse("2026-Q3")!;
        foreach (var hub in new[] { "hub-a", "hub-b" })
        {
            foreach (var section in QuarterlyReportSections.PerHub)
            {
                var table = (
                    await queries.PublishAsync(
                        new TableRequest(section.Table, hub, quarter),
                        new HashSet<string> { "hub-a", "hub-b" },
                        CancellationToken.None
                    )
                )!;
                Assert.Contains(table.Title, text, StringComparison.Ordinal);
                foreach (var row in table.Rows)
                {
                    AssertPrintedInOrder(CommissionerWords.Of(row.Label), [.. row.Cells.Select(c => c.Display)], text);
                }
            }
        }

        // hub-a's 12 adverse events of July are published (10 or 15 with the noise), never as 12.
        Assert.DoesNotContain("2026-07 12 ", text, StringComparison.Ordinal);

        // hub-b's 3 referrals in August are 1-7 whatever the noise: suppressed, shown as *, never the value.
        Assert.Contains("2026-08 * ", text, StringComparison.Ordinal);
    }

    /// <summary>
    /// The row's label, then its cells in order, as the PDF's text reads them: a wide table is printed in parts
    /// that each start with the row's label again, so the cells are runs each after the label.
    /// </summary>
    private static void AssertPrintedInOrder(string label, string[] cells, string text)
    {
        for (var from = 0; from < cells.Length; )
        {
            var to = cells.Length;
            while (to > from && !text.Contains(string.Join(' ', [label, .. cells[from..to]]), StringComparison.Ordinal))
            {
                to--;
            }

            Assert.True(to > from, $"'{label}' then '{cells[from]}' is not printed: {string.Join(' ', cells)}");
            from = to;
        }
    }
}

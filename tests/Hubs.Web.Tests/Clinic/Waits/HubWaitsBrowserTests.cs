using System.Globalization;
using Hubs.Testing.Auth;
using Hubs.Web.Features.Shared;
using Hubs.Web.Tests.Clinic.Risk;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Web.Tests.Clinic.Waits;

/// <summary>
/// The hub overview counts people still waiting as well as completed waits (issue 17, item 2): the cohort of
/// <see cref="HubWaitsTests"/> made of real journeys through the decisions, read in Chromium at 768 px with axe.
/// </summary>
public sealed class HubWaitsBrowserTests(ClinicBrowserFixture web) : IClassFixture<ClinicBrowserFixture>
{
    private const string Hub = "north";

    [Fact]
    public async Task The_hub_overview_shows_open_waits_by_stage_completed_waits_and_the_hidden_wait()
    {
        var journeys = new RiskJourneys(web.Host.Services, web.Clock);
        var clinician = ClinicFixture.Clinician(0).Id;
        await ClinicReferrals.SubmitAsync(web.Host.Services, Hub, submittedAt: Noon(100));
        await ClinicReferrals.SubmitAsync(web.Host.Services, Hub, submittedAt: Noon(10));
        var c = await ClinicReferrals.SubmitAsync(web.Host.Services, Hub, submittedAt: Noon(130));
        await journeys.TriageAsync(c, Hub, Noon(120));
        var d = await AssessedAsync(journeys, 60, 50, clinician);
        var e = await AssessedAsync(journeys, 90, 80, clinician);
        await TreatedAsync(journeys, e, 40, clinician);
        await TreatedAsync(journeys, e, 19, clinician);
        var f = await AssessedAsync(journeys, 70, 65, clinician);
        await TreatedAsync(journeys, f, 30, clinician);
        _ = d;

        await using var lead = await web.OpenAsAsync(TestPrincipal.HubLead(Hub));
        await lead.Page.GotoAsync("/clinic/hub");

        Assert.Equal(
            [
                "For triage 2 55 100 1 0",
                "For assessment 1 130 130 1 1",
                "For treatment 1 60 60 1 0",
                "For a second treatment appointment (hidden wait) 1 30 30 0 0",
            ],
            await RowsAsync(lead, "table.hubs-waits-open")
        );
        Assert.Equal(
            [
                "Referral to assessment 3 10 3 3",
                "Referral to first treatment appointment 2 45 1 2",
                "First to second treatment appointment (hidden wait) 1 21 1 1",
            ],
            await RowsAsync(lead, "table.hubs-waits-completed")
        );
        await lead.Page.ClickAsync("text=How these waits are counted");
        Assert.Contains("more than 42 days", await lead.Page.InnerTextAsync("main"), StringComparison.Ordinal);
        await lead.CheckAsync("waits-01-hub-overview");
    }

    // The responsive table repeats its column heading in each cell for narrow screens; the figures are the rest.
    private const string WithoutHeadings = """
        cells => cells.map(cell => {
            const copy = cell.cloneNode(true);
            copy.querySelectorAll('.nhsuk-table-responsive__heading').forEach(h => h.remove());
            return copy.textContent.trim();
        })
        """;

    private static async Task<string[]> RowsAsync(Hubs.Testing.Browser.BrowserPage page, string table)
    {
        var rows = page.Page.Locator($"{table} tbody tr");
        var texts = new List<string>();
        for (var i = 0; i < await rows.CountAsync(); i++)
        {
            texts.Add(
                string.Join(' ', await rows.Nth(i).Locator("th, td").EvaluateAllAsync<string[]>(WithoutHeadings))
            );
        }

        return [.. texts];
    }

    private async Task<Guid> AssessedAsync(RiskJourneys journeys, int referred, int assessed, Guid clinician)
    {
        var id = await ClinicReferrals.SubmitAsync(web.Host.Services, Hub, submittedAt: Noon(referred));
        await journeys.TriageAsync(id, Hub, Noon(referred - 2));
        await journeys.AssessAsync(id, Hub, clinician, Noon(assessed));
        await journeys.AllocateAsync(id, Hub, clinician);
        return id;
    }

    private async Task TreatedAsync(RiskJourneys journeys, Guid id, int daysAgo, Guid clinician)
    {
        var appointment = await journeys.BookTreatmentAsync(id, Hub, clinician, Noon(daysAgo));
        await journeys.AttendAsync(id, Hub, appointment, Noon(daysAgo).AddHours(1));
    }

    /// <summary>
    /// Noon, Hub time, <paramref name="days"/> calendar days before today: whole days whatever the hour of the run.
    /// </summary>
    private DateTimeOffset Noon(int days)
    {
        var times = web.Host.Services.GetRequiredService<ClinicClock>();
        var date = DateOnly.FromDateTime(times.Local(web.Clock.GetUtcNow())).AddDays(-days);
        return times.FromLocal(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "12:00")!.Value;
    }
}

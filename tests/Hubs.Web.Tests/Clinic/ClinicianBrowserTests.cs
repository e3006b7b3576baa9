using System.Globalization;
using Hubs.Testing;
using Hubs.Testing.Auth;
using Hubs.Testing.Browser;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Questionnaires;
using Microsoft.Playwright;
using static Hubs.Web.Tests.Pages.KeyboardOnly;

namespace Hubs.Web.Tests.Clinic;

/// <summary>
/// A clinician and a hub lead in headless Chromium at 768 px: triage → assessment → allocation → booking →
/// two sessions with measures (the first by keyboard alone) → discharge; then the waiting list and the audit view.
/// Every page is checked with axe (WCAG 2.2 AA) and saved as a screenshot.
/// </summary>
public sealed class ClinicianBrowserTests(ClinicBrowserFixture web) : IClassFixture<ClinicBrowserFixture>
{
    // A week ahead of the host's clock, which the tests move past each appointment's start to record it.
    private DateTimeOffset NextWeek => TestDates.Weekday(web.Clock.GetUtcNow().AddDays(7));

    [Fact]
    public async Task A_clinician_and_a_hub_lead_take_a_referral_from_triage_to_discharge()
    {
        var clinician = ClinicFixture.Clinician(0).Principal;
        var lead = TestPrincipal.HubLead("north");
        var id = await ClinicReferrals.SubmitAsync(
            web.Host.Services,
            phq9: 16,
            gad7: 12,
            risk: RiskLevel.Flag,
            marker: "Browser",
            support: new SupportPreferences
            {
                Modes = ["phone", "video"],
                OutOfHours = ["late"],
                ClinicianCharacteristics = ["gender"],
                ClinicianDetails = "A woman, if possible",
            }
        );
        await ClinicReferrals.SubmitAsync(
            web.Host.Services,
            phq9: 4,
            gad7: 3,
            submittedAt: DateTimeOffset.UtcNow.AddDays(-60)
        );
        await using var me = await web.OpenAsAsync(clinician);
        var page = me.Page;

        await page.GotoAsync("/clinic/triage");
        await me.CheckAsync("clinic-01-triage-queue");
        await page.Locator($"a[href='/clinic/journeys/{id}']").ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Triage this referral" }).ClickAsync();
        await me.SubmitAsync("Record triage decision");
        Assert.Equal(1, await page.Locator(".nhsuk-error-summary a[href='#Outcome']").CountAsync());
        Assert.Equal(1, await page.Locator("#Reason-error").CountAsync());
        await me.CheckAsync("clinic-02-triage-errors");
        await page.CheckAsync("#Outcome");
        await page.FillAsync("#Reason", "Moderately severe low mood after a serious incident; fits the Hub.");
        await me.SubmitAsync("Record triage decision");

        await page.GetByRole(AriaRole.Link, new() { Name = "Record the assessment" }).ClickAsync();
        await page.FillAsync("#Formulation", "Low mood and intrusive memories since the incident.");
        await page.FillAsync("#AgreedPlan", "Eight sessions of trauma-focused CBT by phone, evenings.");
        await page.CheckAsync("#Intervention-3");
        await page.FillAsync("#Phq9Total", "17");
        await page.FillAsync("#Gad7Total", "13");
        await me.CheckAsync("clinic-03-assessment");
        await me.SubmitAsync("Record assessment");
        Assert.Contains("Assessment recorded.", await page.InnerTextAsync("main"), StringComparison.Ordinal);

        await using (var hubLead = await web.OpenAsAsync(lead))
        {
            await hubLead.Page.GotoAsync($"/clinic/journeys/{id}/allocation");
            await hubLead.CheckAsync("clinic-04-allocation");
            await hubLead.Page.GetByLabel("Alex Morgan", new() { Exact = false }).CheckAsync();
            await hubLead.SubmitAsync("Allocate");
            Assert.Contains(
                "Allocated to Alex Morgan.",
                await hubLead.Page.InnerTextAsync("main"),
                StringComparison.Ordinal
            );
        }

        await SessionAsync(me, id, "18:30", keyboard: true, phq9: "15", gad7: "11");
        await SessionAsync(me, id, "19:00", keyboard: false, phq9: "9", gad7: "7");
        await page.GotoAsync($"/clinic/journeys/{id}");
        Assert.Equal(2, await page.Locator("svg.hubs-chart").CountAsync());
        Assert.Contains("Reliable improvement", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        await me.CheckAsync("clinic-07-journey-record");

        await page.GotoAsync("/clinic/caseload");
        Assert.Contains("2", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        await me.CheckAsync("clinic-08-caseload");
        await page.GotoAsync("/clinic/diary");
        await me.CheckAsync("clinic-09-diary");

        await page.GotoAsync($"/clinic/journeys/{id}/discharge");
        await page.CheckAsync("#Reason");
        await page.FillAsync("#Summary", "Goals met; relapse plan agreed.");
        await me.CheckAsync("clinic-10-discharge");
        await me.SubmitAsync("Discharge");
        Assert.Contains("Discharged", await page.InnerTextAsync("main"), StringComparison.Ordinal);

        await using var hub = await web.OpenAsAsync(lead);
        await hub.Page.GotoAsync("/clinic/hub");
        Assert.Contains("past 6 weeks", await hub.Page.InnerTextAsync("#maincontent"), StringComparison.Ordinal);
        await hub.CheckAsync("clinic-11-hub-overview");
        await hub.Page.GotoAsync("/clinic/audit");
        Assert.Contains("journey-record", await hub.Page.InnerTextAsync("main"), StringComparison.Ordinal);
        await hub.CheckAsync("clinic-12-audit");
        await hub.Page.GotoAsync("/clinic/team");
        await hub.CheckAsync("clinic-13-team-support");
    }

    /// <summary>
    /// Book a treatment appointment, record it attended, then record the session (by keyboard alone if asked).
    /// </summary>
    private async Task SessionAsync(BrowserPage me, Guid id, string time, bool keyboard, string phq9, string gad7)
    {
        var page = me.Page;
        await page.GotoAsync($"/clinic/journeys/{id}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Book a treatment appointment" }).ClickAsync();
        await page.FillAsync("#Date-day", NextWeek.Day.ToString(CultureInfo.InvariantCulture));
        await page.FillAsync("#Date-month", NextWeek.Month.ToString(CultureInfo.InvariantCulture));
        await page.FillAsync("#Date-year", NextWeek.Year.ToString(CultureInfo.InvariantCulture));
        await page.FillAsync("#Time", time);
        await page.CheckAsync("#Mode-2");
        if (keyboard)
        {
            await me.CheckAsync("clinic-05-booking");
        }

        await me.SubmitAsync("Book appointment");
        await page.Locator("table a[href*='/appointments/']").Last.ClickAsync();
        web.Clock.Advance(TimeSpan.FromDays(8));
        await page.ReloadAsync();
        await page.CheckAsync("#Outcome");
        await me.SubmitAsync("Record outcome");
        await page.GetByRole(AriaRole.Link, new() { Name = "Record a session" }).ClickAsync();
        if (keyboard)
        {
            await TypeIntoAsync(page, "Phq9Total", phq9);
            await TypeIntoAsync(page, "Gad7Total", gad7);
            await ChooseAsync(page, "Phq9Item9", 0);
            await TypeIntoAsync(page, "Notes", "Worked on grounding; homework agreed.");
            await me.CheckAsync("clinic-06-session-keyboard");
            await PressButtonAsync(page, "Record session");
        }
        else
        {
            await page.FillAsync("#Phq9Total", phq9);
            await page.FillAsync("#Gad7Total", gad7);
            await page.CheckAsync("#Phq9Item9");
            await me.SubmitAsync("Record session");
        }

        Assert.Contains("Session recorded.", await page.InnerTextAsync("main"), StringComparison.Ordinal);
    }
}

using System.Globalization;
using System.Text.RegularExpressions;
using Hubs.Testing.Auth;
using Hubs.Web.Features.Journeys.RecordingSession;
using Hubs.Web.Features.Shared;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Hubs.Web.Tests.Clinic.Risk;

/// <summary>
/// Risk follows the person (issue 17, item 1): a self-harm answer given at screening, a clinician's concern and a
/// session's item 9 show with their source and date on the record, the triage page, the caseload and the lead's
/// list of open cases at risk; the assessment and the safety plan are recorded, and the keyworker reads the plan.
/// Headless Chromium at 768 px, axe on every page.
/// </summary>
public sealed class RiskBrowserTests(ClinicBrowserFixture web) : IClassFixture<ClinicBrowserFixture>
{
    private const string Hub = "north";

    private RiskJourneys Journeys => new(web.Host.Services, web.Clock);

    private ClinicClock Times => web.Host.Services.GetRequiredService<ClinicClock>();

    [Fact]
    public async Task An_urgent_screening_answer_shows_with_its_answer_on_the_record_triage_page_and_hub_overview()
    {
        var id = await ClinicReferrals.SubmitAsync(
            web.Host.Services,
            Hub,
            phq9: null,
            gad7: null,
            submittedAt: DateTimeOffset.UtcNow.AddDays(-30),
            marker: "Urgent"
        );
        await Journeys.ScreenOnlineAsync(id, Hub, item9: 2);
        var answer = SessionMeasures.Item9.Options.Single(o => o.Value == 2).Label;
        var today = Times.ShowDate(web.Clock.GetUtcNow());
        await using var me = await web.OpenAsAsync(ClinicFixture.Clinician(0).Principal);

        await me.Page.GotoAsync($"/clinic/journeys/{id}");
        var risk = await me.Page.InnerTextAsync("section.hubs-risk");
        Assert.Contains("Urgent risk", risk, StringComparison.Ordinal);
        Assert.Contains($"Last raised {today} by screening", risk, StringComparison.Ordinal);
        Assert.Contains(answer, risk, StringComparison.Ordinal);
        Assert.Contains(SessionMeasures.Item9.Text, await me.Page.InnerTextAsync("main"), StringComparison.Ordinal);
        await me.CheckAsync("risk-01-record-urgent-screening");

        await me.Page.GotoAsync($"/clinic/journeys/{id}/triage");
        var triage = await me.Page.InnerTextAsync("main");
        Assert.DoesNotContain("No screening measures recorded yet", triage, StringComparison.Ordinal);
        Assert.Contains("PHQ-2 total 0", triage, StringComparison.Ordinal);
        Assert.Contains(answer, triage, StringComparison.Ordinal);
        Assert.Contains("Urgent risk", await me.Page.InnerTextAsync("section.hubs-risk"), StringComparison.Ordinal);
        await me.CheckAsync("risk-02-triage-page");

        await using var lead = await web.OpenAsAsync(TestPrincipal.HubLead(Hub));
        await lead.Page.GotoAsync("/clinic/hub");
        Assert.DoesNotContain(
            "No open case has a risk flag",
            await lead.Page.InnerTextAsync("main"),
            StringComparison.Ordinal
        );
        var row = await lead.Page.InnerTextAsync($"tr[data-journey='{id}']");
        Assert.Contains("Urgent risk", row, StringComparison.Ordinal);
        Assert.Contains($"Screening, {today}", row, StringComparison.Ordinal);
        Assert.Matches(new Regex("No contact for 3[0-9] days while at risk"), row);
        await lead.CheckAsync("risk-03-hub-open-risks");
    }

    [Fact]
    public async Task A_concern_an_assessment_and_a_safety_plan_are_recorded_and_the_keyworker_reads_and_downloads_it()
    {
        var id = await ClinicReferrals.SubmitAsync(web.Host.Services, Hub, marker: "Plan");
        await Journeys.TriageAsync(id, Hub);
        await using var me = await web.OpenAsAsync(ClinicFixture.Clinician(0).Principal);
        var page = me.Page;

        await page.GotoAsync($"/clinic/journeys/{id}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Raise a risk concern" }).ClickAsync();
        await me.SubmitAsync("Record concern");
        Assert.Equal(3, await page.Locator(".nhsuk-error-summary__list a").CountAsync());
        await me.CheckAsync("risk-04-concern-errors");
        await page.CheckAsync("#Source");
        await page.CheckAsync("#Level-2");
        await page.FillAsync("#Note", "Said on the phone they had thought about not being here.");
        await me.SubmitAsync("Record concern");
        Assert.Contains("Risk concern recorded.", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        var risk = await page.InnerTextAsync("section.hubs-risk");
        Assert.Contains("Clinician's concern", risk, StringComparison.Ordinal);
        Assert.Contains("thought about not being here", risk, StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Link, new() { Name = "Record a risk assessment" }).ClickAsync();
        await page.CheckAsync("#Level-2");
        await page.FillAsync("#RiskFactors", "Passive thoughts after a patient death; no plan.");
        await page.FillAsync("#ProtectiveFactors", "Partner and children; engaged with the Hub.");
        await page.FillAsync("#Plan", "Weekly calls; safety plan today.");
        await page.FillAsync(
            "#ReviewBy",
            web.Clock.GetUtcNow().AddDays(14).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        );
        await me.CheckAsync("risk-05-assessment");
        await me.SubmitAsync("Record risk assessment");
        risk = await page.InnerTextAsync("section.hubs-risk");
        Assert.Contains("Some risk: review at every contact", risk, StringComparison.Ordinal);
        Assert.Contains("Current risk: Risk flag", risk, StringComparison.Ordinal);

        await page.GetByRole(AriaRole.Link, new() { Name = "Write a safety plan" }).ClickAsync();
        Assert.Contains("116 123", await page.InputValueAsync("#CrisisLines"), StringComparison.Ordinal);
        await page.FillAsync("#WarningSigns", "Not sleeping after nights; going over the shift again and again.");
        await page.FillAsync("#CopingStrategies", "Walk the dog; music.");
        await page.FillAsync("#PeopleAndPlaces", "My sister Jo.");
        await me.CheckAsync("risk-06-safety-plan");
        await me.SubmitAsync("Save safety plan");
        Assert.Contains(
            "Agreed with the keyworker on",
            await page.InnerTextAsync("section.hubs-risk"),
            StringComparison.Ordinal
        );

        await using (var lead = await web.OpenAsAsync(TestPrincipal.HubLead(Hub)))
        {
            await lead.Page.GotoAsync("/clinic/hub");
            var row = await lead.Page.InnerTextAsync($"tr[data-journey='{id}']");
            Assert.Contains("Clinician's concern", row, StringComparison.Ordinal);
            Assert.DoesNotContain("not being here", await lead.Page.ContentAsync(), StringComparison.Ordinal);
        }

        var keyworkerId = (await Journeys.LoadAsync(id)).KeyworkerId;
        await using var keyworker = await web.OpenAsAsync(TestPrincipal.Keyworker(keyworkerId));
        await keyworker.Page.GotoAsync("/my");
        await keyworker.Page.GetByRole(AriaRole.Link, new() { Name = "Your safety plan" }).ClickAsync();
        Assert.Contains(
            "going over the shift again",
            await keyworker.Page.InnerTextAsync("main"),
            StringComparison.Ordinal
        );
        await keyworker.CheckAsync("risk-07-keyworker-safety-plan");
        const string Fetch = "async url => (await fetch(url)).text()";
        Assert.Contains(
            "Walk the dog",
            await keyworker.Page.EvaluateAsync<string>(Fetch, $"/my/journeys/{id}/safety-plan/text"),
            StringComparison.Ordinal
        );
        Assert.Contains(
            "My sister Jo.",
            await keyworker.Page.EvaluateAsync<string>(Fetch, $"/my/journeys/{id}/your-data/json"),
            StringComparison.Ordinal
        );
    }

    [Fact]
    public async Task Item_9_is_asked_at_every_session_and_an_answer_above_0_shows_on_the_record_and_the_caseload()
    {
        var clinician = ClinicFixture.Clinician(0);
        var id = await ClinicReferrals.SubmitAsync(web.Host.Services, Hub, marker: "Session");
        await Journeys.TriageAsync(id, Hub);
        await Journeys.AssessAsync(id, Hub, clinician.Id);
        await Journeys.AllocateAsync(id, Hub, clinician.Id);
        var appointment = await Journeys.BookTreatmentAsync(id, Hub, clinician.Id);
        web.Clock.Advance(TimeSpan.FromHours(2));
        await Journeys.AttendAsync(id, Hub, appointment);
        await using var me = await web.OpenAsAsync(clinician.Principal);
        var page = me.Page;

        await page.GotoAsync($"/clinic/journeys/{id}/sessions/new");
        await page.FillAsync("#Phq9Total", "9");
        await page.FillAsync("#Gad7Total", "7");
        await me.SubmitAsync("Record session");
        Assert.Equal(1, await page.Locator("#Phq9Item9-error").CountAsync());
        await me.CheckAsync("risk-08-session-item-9-missing");
        await page.CheckAsync("#Phq9Item9-2");
        await page.FillAsync("#RiskReview", "Passive thoughts, no plan; safety plan reviewed.");
        await me.SubmitAsync("Record session");
        Assert.Contains("Session recorded.", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        var risk = await page.InnerTextAsync("section.hubs-risk");
        Assert.Contains("PHQ-9 item 9 at a treatment session", risk, StringComparison.Ordinal);
        Assert.Contains("Risk flag", risk, StringComparison.Ordinal);

        await page.GotoAsync("/clinic/caseload");
        var row = await page.Locator("tr", new() { HasText = "Treatment session" }).InnerTextAsync();
        Assert.Contains("Risk flag", row, StringComparison.Ordinal);
        Assert.Contains($"Treatment session, {Times.ShowDate(web.Clock.GetUtcNow())}", row, StringComparison.Ordinal);
        await me.CheckAsync("risk-09-caseload");
    }
}

using Hubs.Testing.Auth;
using Hubs.Testing.Browser;
using Hubs.Web.Tests.Clinic;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Hubs.Web.Tests.Evaluation;

/// <summary>
/// Issue 19's journey in headless Chromium, axe on every page: a clinician codes themes and records work outcomes at
/// assessment; the keyworker, on a 390-px phone, answers the Hub's questionnaires before a session from "Your
/// support"; the clinician finds them in the session form, corrects one and records the session; discharges with
/// work outcomes; the keyworker answers the experience questionnaire and gives then withdraws research consent,
/// which the clinician then sees on the record.
/// </summary>
public sealed class EvaluationBrowserTests(ClinicBrowserFixture web) : IClassFixture<ClinicBrowserFixture>
{
    [Fact]
    public async Task Themes_work_outcomes_experience_and_research_consent_from_assessment_to_discharge()
    {
        var clinician = ClinicFixture.Clinician(0);
        var id = await ClinicReferrals.SubmitAsync(web.Host.Services, phq9: 14, gad7: 11);
        var keyworkerId = id; // a referral made without an account is its own keyworker
        await using var me = await web.OpenAsAsync(clinician.Principal);
        var page = me.Page;
        await page.GotoAsync($"/clinic/journeys/{id}/triage");
        await page.CheckAsync("#Outcome");
        await page.FillAsync("#Reason", "Fits the Hub.");
        await me.SubmitAsync("Record triage decision");
        await OnRecordAsync(page, id);
        await page.GotoAsync($"/clinic/journeys/{id}/assessment");
        await page.FillAsync("#Formulation", "Exhausted after a run of deaths on the ward.");
        await page.FillAsync("#AgreedPlan", "Six sessions of CBT.");
        await page.CheckAsync("#Intervention-2");
        await page.FillAsync("#Phq9Total", "14");
        await page.FillAsync("#Gad7Total", "11");
        await me.SubmitAsync("Record assessment");
        await OnRecordAsync(page, id);

        await page.GotoAsync($"/clinic/journeys/{id}/themes");
        await me.SubmitAsync("Save themes");
        Assert.Equal(1, await page.Locator(".nhsuk-error-summary a[href='#Themes']").CountAsync());
        await page.GetByLabel("Burnout", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Moral injury", new() { Exact = true }).CheckAsync();
        await me.CheckAsync("evaluation-01-themes");
        await me.SubmitAsync("Save themes");
        await OnRecordAsync(page, id);
        await page.GetByRole(AriaRole.Link, new() { Name = "at assessment", Exact = true }).ClickAsync();
        await page.FillAsync("#SickDays", "29");
        await me.SubmitAsync("Save work outcomes");
        await Assertions.Expect(page.Locator("#SickDays-error")).ToContainTextAsync("from 0 to 28");
        await page.FillAsync("#SickDays", "12");
        await page.GetByLabel("Off work", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Thinking of leaving their profession", new() { Exact = true }).CheckAsync();
        await me.CheckAsync("evaluation-02-work-at-assessment");
        await me.SubmitAsync("Save work outcomes");
        await using (var lead = await web.OpenAsAsync(TestPrincipal.HubLead("north")))
        {
            await lead.Page.GotoAsync($"/clinic/journeys/{id}/allocation");
            await lead.Page.GetByLabel("Alex Morgan", new() { Exact = false }).CheckAsync();
            await lead.SubmitAsync("Allocate");
        }

        await BeforeAndAtASessionAsync(me, clinician, id, keyworkerId);

        await page.GotoAsync($"/clinic/journeys/{id}/discharge");
        await page.GetByLabel("Declined further support", new() { Exact = true }).CheckAsync();
        await me.SubmitAsync("Discharge");
        await OnRecordAsync(page, id);
        await page.GetByRole(AriaRole.Link, new() { Name = "at discharge", Exact = true }).ClickAsync();
        await page.FillAsync("#SickDays", "0");
        await page.GetByLabel("At work", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Not thinking of leaving", new() { Exact = true }).CheckAsync();
        await me.SubmitAsync("Save work outcomes");
        var work = page.Locator("#work-outcomes");
        await Assertions.Expect(work).ToContainTextAsync("Off work");
        await Assertions.Expect(work).ToContainTextAsync("Not thinking of leaving");
        await Assertions.Expect(page.Locator("#themes")).ToContainTextAsync("Moral injury");
        await me.CheckAsync("evaluation-03-record");

        await using (var phone = await OpenPhoneAsync(TestPrincipal.Keyworker(keyworkerId)))
        {
            var my = phone.Page;
            await my.GotoAsync("/my");
            // The ended journey is under "Past support", collapsed.
            await my.Locator("details#past-support summary").ClickAsync();
            await my.GetByRole(AriaRole.Link, new() { Name = "Tell us about your support" }).ClickAsync();
            await my.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
            await Assertions.Expect(my.Locator("#Overall-error")).ToContainTextAsync("overall");
            await my.CheckAsync("#Answers\\.heard-5");
            await my.CheckAsync("#Answers\\.private-4");
            await my.GetByLabel("Very good", new() { Exact = true }).CheckAsync();
            await phone.AssertNoViolationsAsync();
            await my.GetByRole(AriaRole.Button, new() { Name = "Send" }).ClickAsync();
            await Assertions.Expect(my.Locator("main")).ToContainTextAsync("Thank you for telling us");
            await my.Locator("details#past-support summary").ClickAsync();
            await my.GetByRole(AriaRole.Link, new() { Name = "Contact about research" }).First.ClickAsync();
            await my.GetByLabel("Yes, you may contact me about research").CheckAsync();
            await my.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
            await Assertions.Expect(my.Locator("#research-now")).ToContainTextAsync("You have agreed");
            await phone.AssertNoViolationsAsync();
            await my.GetByLabel("No, do not contact me about research").CheckAsync();
            await my.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
            await Assertions.Expect(my.Locator("#research-now")).ToContainTextAsync("may not contact you");
        }

        await page.GotoAsync($"/clinic/journeys/{id}");
        await Assertions.Expect(page.Locator("#research-contact")).ToContainTextAsync("Consent withdrawn");
    }

    /// <summary>
    /// The Hub asks ISI and WSAS before each session; the keyworker answers them on a phone from "Your support"; the
    /// clinician, after the session, finds them in the session form, corrects the ISI and records the session.
    /// </summary>
    private async Task BeforeAndAtASessionAsync(BrowserPage me, Staff clinician, Guid id, Guid keyworkerId)
    {
        // The hub admin chooses the questionnaires before each session on the Hub's settings page.
        await using (var admin = await web.OpenAsAsync(TestPrincipal.HubAdmin("north")))
        {
            var settings = await admin.Page.GotoAsync("/hub-admin/settings");
            Assert.Equal(200, settings!.Status);
            var group = admin.Page.GetByRole(
                AriaRole.Group,
                new() { Name = "Questionnaires a keyworker answers before each session" }
            );
            await group.GetByRole(AriaRole.Checkbox, new() { Name = "PHQ-9" }).UncheckAsync();
            await group.GetByRole(AriaRole.Checkbox, new() { Name = "GAD-7" }).UncheckAsync();
            await group.GetByRole(AriaRole.Checkbox, new() { Name = "ISI" }).CheckAsync();
            await group.GetByRole(AriaRole.Checkbox, new() { Name = "WSAS" }).CheckAsync();
            await admin.AssertNoViolationsAsync();
            await admin.SubmitAsync("Save settings");
            await Assertions.Expect(admin.Page.Locator("main")).ToContainTextAsync("Settings saved");
        }

        var keyworker = TestPrincipal.Keyworker(keyworkerId);
        var journey = await CurrentAsync(id, keyworker);
        // At 6 pm: this keyworker said weekday evenings are safe to contact them.
        var evening = JourneySteps.NextLocal(web.Clock, DayOfWeek.Tuesday, 18);
        var appointment = await JourneySteps.BookTreatmentAsync(journey, clinician, web.Clock, evening);
        await using (var phone = await OpenPhoneAsync(keyworker))
        {
            var my = phone.Page;
            await my.GotoAsync("/my");
            await phone.AssertNoViolationsAsync();
            await my.Locator($"section[aria-labelledby='journey-{id}']")
                .GetByRole(AriaRole.Link, new() { Name = "Answer the questions before this session" })
                .ClickAsync();
            await Assertions.Expect(my.Locator(".nhsuk-caption-l")).ToContainTextAsync("questionnaire 1 of 2");
            await phone.AssertNoViolationsAsync();
            await AnswerEachAsync(my, "isi", 7, 2);
            await my.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
            await Assertions.Expect(my.Locator(".nhsuk-caption-l")).ToContainTextAsync("questionnaire 2 of 2");
            await phone.AssertNoViolationsAsync();
            await AnswerEachAsync(my, "wsas", 5, 3);
            await my.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
            await Assertions.Expect(my.Locator("main")).ToContainTextAsync("You answered the questions");
            await phone.AssertNoViolationsAsync();
            await phone.SaveScreenshotAsync("evaluation-00-before-the-session-on-a-phone");
        }

        await JourneySteps.RecordAttendanceAsync(await CurrentAsync(id, keyworker), clinician, appointment, web.Clock);
        var page = me.Page;
        await page.GotoAsync($"/clinic/journeys/{id}/sessions/new");
        var before = page.Locator("#keyworker-answers");
        await Assertions.Expect(before).ToContainTextAsync("ISI 14: Subthreshold insomnia");
        await Assertions.Expect(before).ToContainTextAsync("WSAS 15: Significant impairment");
        await Assertions.Expect(page.Locator("#IsiTotal")).ToHaveValueAsync("14");
        await Assertions.Expect(page.Locator("#WsasTotal")).ToHaveValueAsync("15");
        await me.CheckAsync("evaluation-00-session-form-filled-in");
        await page.FillAsync("#Phq9Total", "12");
        await page.FillAsync("#Gad7Total", "9");
        await page.CheckAsync("#Phq9Item9");
        await page.FillAsync("#IsiTotal", "16");
        await page.FillAsync("#RiskReview", "Asked about risk; no thoughts of harm.");
        await me.SubmitAsync("Record session");
        await OnRecordAsync(page, id);
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Moderate insomnia");
        await me.AssertNoViolationsAsync();
    }

    /// <summary>
    /// Every item of a questionnaire answered the same: the first choice has the field's own id, the others -2, -3.
    /// </summary>
    private static async Task AnswerEachAsync(IPage page, string measure, int items, int value)
    {
        for (var item = 1; item <= items; item++)
        {
            await page.CheckAsync(value == 0 ? $"#{measure}-{item}" : $"#{measure}-{item}-{value + 1}");
        }
    }

    /// <summary>The journey for staff calls at its current version (the keyworker's pages moved it on).</summary>
    private async Task<JourneyClient> CurrentAsync(Guid id, TestPrincipal keyworker)
    {
        await using var session = web.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var version = (await session.Events.FetchStreamStateAsync(id))!.Version;
        return new JourneyClient(web.Host.CreateClient(), id, version, keyworker);
    }

    /// <summary>Written: back on the record (else the form's own words say why, in the failure).</summary>
    private static async Task OnRecordAsync(IPage page, Guid id)
    {
        if (!page.Url.EndsWith($"/clinic/journeys/{id}", StringComparison.Ordinal))
        {
            Assert.Fail($"Still on {page.Url}: {await page.InnerTextAsync("main")}");
        }
    }

    private async Task<BrowserPage> OpenPhoneAsync(TestPrincipal who)
    {
        var phone = await web.Chromium.OpenAsync(web.Origin, 390, 844);
        await phone.Page.Context.SetExtraHTTPHeadersAsync(
            new Dictionary<string, string>
            {
                ["Authorization"] = $"Bearer {TestIssuer.Shared.Mint(who, lifetime: TimeSpan.FromMinutes(30))}",
            }
        );
        return phone;
    }
}

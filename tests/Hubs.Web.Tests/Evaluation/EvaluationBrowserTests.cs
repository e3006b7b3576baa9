using Hubs.Testing.Auth;
using Hubs.Testing.Browser;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Tests.Clinic;
using Hubs.Web.Tests.FollowThrough;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Hubs.Web.Tests.Evaluation;

/// <summary>
/// Issue 19 in headless Chromium, axe on every page: a clinician codes themes and records work outcomes at
/// assessment, discharges with work outcomes; the keyworker, on a 390-px phone, answers the experience
/// questionnaire and gives then withdraws research consent, which the clinician then sees on the record.
/// </summary>
public sealed class EvaluationBrowserTests(ClinicBrowserFixture web) : IClassFixture<ClinicBrowserFixture>
{
    [Fact]
    public async Task Themes_work_outcomes_experience_and_research_consent_from_assessment_to_discharge()
    {
        var clinician = ClinicFixture.Clinician(0);
        var keyworkerId = Guid.NewGuid();
        var id = await KeyworkerJourneys.ReferAsync(web.Host.Services, keyworkerId, "north", DateTimeOffset.UtcNow);
        await KeyworkerJourneys.ScreenAsync(web.Host.Services, id);
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
        await AllocateAsync(id, clinician.Id);

        await page.GotoAsync($"/clinic/journeys/{id}/discharge");
        await page.GetByLabel("Declined further support", new() { Exact = true }).CheckAsync();
        await me.SubmitAsync("Discharge");
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
            await Assertions
                .Expect(my.GetByRole(AriaRole.Link, new() { Name = "Tell us about your support" }))
                .ToHaveCountAsync(0);
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

    /// <summary>Written: back on the record (else the form's own words say why, in the failure).</summary>
    private static async Task OnRecordAsync(IPage page, Guid id)
    {
        if (!page.Url.EndsWith($"/clinic/journeys/{id}", StringComparison.Ordinal))
        {
            Assert.Fail($"Still on {page.Url}: {await page.InnerTextAsync("main")}");
        }
    }

    /// <summary>The lead's allocation, appended as the allocation page would (it is not what is tested here).</summary>
    private async Task AllocateAsync(Guid journeyId, Guid clinicianId)
    {
        await using var session = web.Host.Services.GetRequiredService<IDocumentStore>().LightweightSession();
        session.Events.Append(
            journeyId,
            new ClinicianAllocated(journeyId, DateTimeOffset.UtcNow, clinicianId, Guid.NewGuid())
        );
        await session.SaveChangesAsync();
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

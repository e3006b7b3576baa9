using Hubs.Testing.Auth;
using Microsoft.Playwright;

namespace Hubs.Web.Tests.Clinic.Onward;

/// <summary>
/// Issue 20's walk, Chromium at 768 px with axe on every page: the hub admin sets up a service in the Hub's
/// directory; a clinician steps a journey up and refers it on to that service; the caseload and the hub overview show
/// the open referral; the clinician records the outcome and it leaves both lists.
/// </summary>
public sealed class OnwardReferralBrowserTests(ClinicBrowserFixture web) : IClassFixture<ClinicBrowserFixture>
{
    [Fact]
    public async Task An_admin_lists_a_service_and_a_clinician_steps_up_refers_on_and_records_the_outcome()
    {
        var clinician = ClinicFixture.Clinician(0);
        using var http = web.Host.CreateClient();
        var journey = await JourneySteps.TreatedAsync(http, clinician, ClinicFixture.Lead(), 14, 12);

        await using var admin = await web.OpenAsAsync(TestPrincipal.HubAdmin("north"));
        await admin.Page.GotoAsync("/hub-admin/services");
        await admin.CheckAsync("onward-01-empty-directory");
        await admin.Page.GetByRole(AriaRole.Link, new() { Name = "Add a service" }).ClickAsync();
        await admin.SubmitAsync("Add the service");
        Assert.Equal(
            [
                "Choose what kind of service it is.",
                "Enter the service's name.",
                "Say how to refer or signpost someone to it.",
            ],
            await admin.Page.Locator(".nhsuk-error-summary__list a").AllInnerTextsAsync()
        );
        await admin.CheckAsync("onward-02-service-errors");
        await admin.Page.SelectOptionAsync("#Kind", "SpecialistTrauma");
        await admin.Page.FillAsync("#Name", "Riverside Trauma Service");
        await admin.Page.FillAsync("#HowToRefer", "A letter from the Hub with the keyworker's consent.");
        await admin.SubmitAsync("Add the service");
        Assert.Contains(
            "Riverside Trauma Service added.",
            await admin.Page.InnerTextAsync("main"),
            StringComparison.Ordinal
        );
        await admin.CheckAsync("onward-03-directory");

        await using var me = await web.OpenAsAsync(clinician.Principal);
        var page = me.Page;
        await page.GotoAsync($"/clinic/journeys/{journey.Id}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Step care up or down" }).ClickAsync();
        await me.CheckAsync("onward-04-step-form");
        await page.CheckAsync("input[name=To][value=TraumaFocusedCbt]");
        await page.SelectOptionAsync("#Reason", "NotImproving");
        await page.FillAsync("#Reassessment", "Flashbacks most nights since the fire; PHQ-9 unchanged.");
        await me.SubmitAsync("Change the plan");
        Assert.Contains(
            "Stepped up, Guided self-help to Trauma-focused CBT",
            await page.InnerTextAsync("main"),
            StringComparison.Ordinal
        );

        await page.GetByRole(AriaRole.Link, new() { Name = "Signpost or refer on" }).ClickAsync();
        await me.SubmitAsync("Record it");
        Assert.Contains(
            "Choose the service from your Hub's directory.",
            await page.InnerTextAsync(".nhsuk-error-summary"),
            StringComparison.Ordinal
        );
        await me.CheckAsync("onward-05-refer-errors");
        await page.CheckAsync("input[name=Stage][value=Review]");
        await page.CheckAsync("input[name=Kind][value=Referral]");
        await page.SelectOptionAsync(
            "#ServiceId",
            new SelectOptionValue { Label = "Riverside Trauma Service (Specialist trauma service)" }
        );
        await page.SelectOptionAsync("#Reason", "NeedsSpecialistCare");
        await me.SubmitAsync("Record it");
        var record = await page.InnerTextAsync("main");
        Assert.Contains("Onward referral recorded.", record, StringComparison.Ordinal);
        Assert.Contains("Referred (sent to the service) to Riverside Trauma Service", record, StringComparison.Ordinal);
        await me.CheckAsync("onward-06-record");

        await page.GotoAsync("/clinic/caseload");
        Assert.Contains(
            "Riverside Trauma Service",
            await page.InnerTextAsync($".hubs-open-onward tr[data-journey='{journey.Id}']"),
            StringComparison.Ordinal
        );
        await me.CheckAsync("onward-07-caseload");
        await using var lead = await web.OpenAsAsync(TestPrincipal.HubLead("north"));
        await lead.Page.GotoAsync("/clinic/hub");
        Assert.Equal(1, await lead.Page.Locator($".hubs-open-onward tr[data-journey='{journey.Id}']").CountAsync());
        await lead.CheckAsync("onward-08-hub-overview");

        await page.Locator($".hubs-open-onward tr[data-journey='{journey.Id}'] a").Last.ClickAsync();
        await me.CheckAsync("onward-09-outcome-form");
        await page.CheckAsync("input[name=Outcome][value=Accepted]");
        await me.SubmitAsync("Record the outcome");
        Assert.Contains("Outcome: Accepted.", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        await lead.Page.ReloadAsync();
        Assert.Equal(0, await lead.Page.Locator($".hubs-open-onward tr[data-journey='{journey.Id}']").CountAsync());
    }
}

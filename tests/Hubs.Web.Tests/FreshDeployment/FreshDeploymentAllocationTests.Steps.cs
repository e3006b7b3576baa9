using Hubs.Testing.Browser;
using Microsoft.Playwright;

namespace Hubs.Web.Tests.FreshDeployment;

/// <summary>The set-up steps of the fresh deployment's walk, each as the person does it, with axe.</summary>
public sealed partial class FreshDeploymentAllocationTests
{
    private static async Task AddServiceAsync(BrowserPage admin)
    {
        var page = admin.Page;
        await page.GotoAsync("/hub-admin/services", new() { WaitUntil = WaitUntilState.Commit });
        await page.GetByRole(AriaRole.Link, new() { Name = "Add a service" }).ClickAsync();
        await page.SelectOptionAsync("#Kind", "SpecialistTrauma");
        await page.FillAsync("#Name", "Riverside Trauma Service");
        await page.FillAsync("#HowToRefer", "A letter from the Hub with the keyworker's consent.");
        await admin.AssertNoViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the service" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Riverside Trauma Service added.");
        await admin.AssertNoViolationsAsync();
    }

    private static async Task GiveOwnProfileAsync(BrowserPage clinician)
    {
        var page = clinician.Page;
        await page.GetByLabel("Your name").FillAsync("Marta Nowak");
        await page.GetByLabel("Your cultural or ethnic background (optional)").FillAsync("Polish");
        await page.GetByLabel("I agree that hub leads may use my cultural background").CheckAsync();
        await clinician.AssertNoViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save your profile" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("profile is saved");
    }

    private static async Task CompleteProfileAsync(BrowserPage admin)
    {
        var page = admin.Page;
        await page.GotoAsync("/hub-admin/clinicians", new() { WaitUntil = WaitUntilState.Commit });
        await page.GetByRole(AriaRole.Link, new() { Name = "Marta Nowak" }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Given by the clinician: Polish.");
        await page.GetByLabel("CBT therapist").CheckAsync();
        await page.GetByLabel("By phone").CheckAsync();
        await page.GetByLabel("Tuesday").FillAsync("18:00-21:00");
        await page.GetByLabel("Trauma", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("Languages they can work in").FillAsync("English, Polish");
        await admin.AssertNoViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save profile" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Profile saved.");
    }

    /// <summary>From the triage queue, the referral with the keyworker's reference: triaged, then assessed.</summary>
    private static async Task TriageAndAssessAsync(BrowserPage lead, string reference)
    {
        var page = lead.Page;
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Triage queue");
        await lead.AssertNoViolationsAsync();
        await page.Locator("tr", new() { HasText = $"Ref {reference}" }).GetByRole(AriaRole.Link).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Triage this referral" }).ClickAsync();
        await page.CheckAsync("#Outcome");
        await page.FillAsync("#Reason", "Trauma at work; fits the Hub.");
        await lead.AssertNoViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record triage decision" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Record the assessment" }).ClickAsync();
        await page.FillAsync("#Formulation", "Intrusive memories since an incident at work.");
        await page.FillAsync("#AgreedPlan", "Six sessions of CBT by phone, evenings, in Polish.");
        await page.CheckAsync("#Intervention-2");
        await page.FillAsync("#Phq9Total", "14");
        await page.FillAsync("#Gad7Total", "11");
        await lead.AssertNoViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Record assessment" }).ClickAsync();
    }
}

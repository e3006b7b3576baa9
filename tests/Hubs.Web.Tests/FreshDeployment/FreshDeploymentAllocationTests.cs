using Hubs.ServiceDefaults.Auth;
using Hubs.Testing.Browser;
using Hubs.Web.Tests.Pages;
using Microsoft.Playwright;

namespace Hubs.Web.Tests.FreshDeployment;

/// <summary>
/// Issue 20: <c>ops/hubs run</c> with <c>HUBS_SEED_DEMO=0</c> (no account, no clinician, no service), then only what
/// people do, in Chromium over real HTTP with axe: the operator's <c>create-first-admin</c>; the first hub admin sets
/// a password through its link, adds a service to the directory and invites a clinician and a lead; the clinician
/// signs in (that makes their profile) and gives their background with their agreement; the admin fills in the rest;
/// a keyworker self-refers on a phone asking for a Polish speaker in the evening; the lead triages, assesses, sees the
/// clinician suggested with the reasons and allocates; the clinician finds the keyworker on their caseload.
/// </summary>
public sealed class FreshDeploymentAllocationTests(FreshDeploymentFixture fresh)
    : IClassFixture<FreshDeploymentFixture>
{
    private const string Wishes = "Someone who speaks Polish, please. It is about trauma at work.";

    [Fact]
    public async Task The_first_admin_sets_up_a_clinician_and_the_lead_allocates_a_self_referral_to_them()
    {
        var stack = fresh.Stack;
        var adminEmail = $"first-admin-{Guid.NewGuid():N}@example.test";
        var printed = await stack.CreateFirstAdminAsync(adminEmail, "north");
        await using var admin = await fresh.OpenAsync();
        await StaffFirstSignIn.WithLinkAsync(
            admin,
            StaffFirstSignIn.LinkIn(printed),
            adminEmail,
            "/hub-admin/clinicians"
        );
        await Assertions.Expect(admin.Page.GetByText("No clinician has signed in yet.")).ToBeVisibleAsync();
        await admin.AssertNoViolationsAsync();
        await AddServiceAsync(admin);
        var clinicianEmail = await StaffFirstSignIn.InviteAsync(admin, stack, HubsRoles.Clinician);
        var leadEmail = await StaffFirstSignIn.InviteAsync(admin, stack, HubsRoles.HubLead);

        await using var clinician = await fresh.OpenAsync();
        await StaffFirstSignIn.InvitedAsync(clinician, stack, clinicianEmail, "/clinic/profile");
        await GiveOwnProfileAsync(clinician);
        await CompleteProfileAsync(admin);

        await using var keyworker = await fresh.OpenAsync(390);
        await SelfReferralWalk.WalkAsync(
            keyworker,
            checkPages: false,
            $"kw-{Guid.NewGuid():N}@example.test",
            wishes: Wishes
        );
        var reference = await keyworker.Page.Locator(".nhsuk-panel__body strong").InnerTextAsync();
        await keyworker.AssertNoViolationsAsync();

        await using var lead = await fresh.OpenAsync();
        await StaffFirstSignIn.InvitedAsync(lead, stack, leadEmail, "/clinic/triage");
        await TriageAndAssessAsync(lead, reference);
        await lead.Page.GetByRole(AriaRole.Link, new() { Name = "Allocate a clinician" }).ClickAsync();
        var first = lead.Page.Locator(".nhsuk-radios__item").First;
        await Assertions.Expect(first).ToContainTextAsync("Marta Nowak");
        await Assertions
            .Expect(first)
            .ToContainTextAsync(
                "Why suggested: Works by phone · Out of hours on Tuesdays · Speaks Polish · Background: Polish · "
                    + "Trauma specialism."
            );
        await lead.AssertNoViolationsAsync();
        await first.Locator("input").CheckAsync();
        await lead.Page.GetByRole(AriaRole.Button, new() { Name = "Allocate" }).ClickAsync();
        await Assertions.Expect(lead.Page.Locator("main")).ToContainTextAsync("Allocated to Marta Nowak.");
        await lead.AssertNoViolationsAsync();

        await clinician.Page.GotoAsync("/clinic/caseload", new() { WaitUntil = WaitUntilState.Commit });
        await Assertions.Expect(clinician.Page.Locator("main")).ToContainTextAsync(SelfReferralWalk.Name);
        await clinician.AssertNoViolationsAsync();
    }

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

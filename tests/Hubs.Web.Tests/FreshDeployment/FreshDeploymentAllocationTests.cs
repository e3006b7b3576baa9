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
public sealed partial class FreshDeploymentAllocationTests(FreshDeploymentFixture fresh)
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
}

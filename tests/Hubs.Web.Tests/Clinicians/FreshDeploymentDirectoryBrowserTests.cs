using System.Text.RegularExpressions;
using Hubs.ServiceDefaults.Auth;
using Hubs.Testing;
using Hubs.Testing.Auth;
using Hubs.Testing.Browser;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.CompletingAssessment;
using Hubs.Web.Features.Journeys.TriagingReferral;
using Hubs.Web.Features.Kernel;
using Hubs.Web.Tests.Clinic;
using Hubs.Web.Tests.Pages;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Hubs.Web.Tests.Clinicians;

/// <summary>
/// A fresh deployment without the demo seed (as <c>HUBS_SEED_DEMO=0</c>: Web holds no clinician; Identity only its
/// admin and lead accounts): the real Identity and Web hosts on Kestrel, Chromium with axe. The hub admin invites a
/// clinician, who signs in (that makes their profile) and gives their background with their agreement; the admin
/// fills in the rest of the profile and sets 60-minute
/// appointments; a referral asking for a Polish speaker in the evening then gets that clinician suggested with the
/// reasons, the lead allocates and books them into a free slot of the Hub's length.
/// </summary>
public sealed class FreshDeploymentDirectoryBrowserTests(BrowserFixture web) : IClassFixture<BrowserFixture>
{
    private const string Password = "harbour kettle saffron";

    [Fact]
    public async Task An_admin_sets_up_a_clinician_and_the_leads_suggestions_allocation_and_booking_use_it()
    {
        await using var admin = await web.SignInAsync(HubsRoles.HubAdmin, returnUrl: "/hub-admin/clinicians");
        await Assertions.Expect(admin.Page.GetByText("No clinician has signed in yet.")).ToBeVisibleAsync();
        await admin.AssertNoViolationsAsync();

        var email = $"clin-{Guid.NewGuid():N}@example.test";
        await admin.Page.GotoAsync(new Uri(web.Identity.BaseUrl, "/admin/invite").ToString());
        await admin.Page.GetByLabel("Their work email address").FillAsync(email);
        await admin.Page.GetByLabel("Role").SelectOptionAsync(HubsRoles.Clinician);
        await admin.Page.GetByRole(AriaRole.Button, new() { Name = "Send invitation" }).ClickAsync();
        await Assertions.Expect(admin.Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Invitation sent.");

        await using var clinician = await web.OpenAsync(1024);
        await AcceptInvitationAndSignInAsync(clinician.Page, email);
        // Their sign-in alone put them in the directory, before they open any page of it.
        await admin.Page.GotoAsync(new Uri(web.Origin, "/hub-admin/clinicians").ToString());
        await Assertions
            .Expect(admin.Page.GetByRole(AriaRole.Link, new() { Name = "New clinician" }))
            .ToBeVisibleAsync();
        await clinician.Page.GotoAsync(new Uri(web.Origin, "/clinic/profile").ToString());
        await clinician.Page.GetByLabel("Your name").FillAsync("Marta Nowak");
        await clinician.Page.GetByLabel("Your cultural or ethnic background (optional)").FillAsync("Polish");
        await clinician.Page.GetByRole(AriaRole.Button, new() { Name = "Save your profile" }).ClickAsync();
        await Assertions
            .Expect(clinician.Page.Locator(".nhsuk-error-summary"))
            .ToContainTextAsync("Tick to agree that allocation may use your background, or leave it blank.");
        await clinician.AssertNoViolationsAsync();
        await clinician.Page.GetByLabel("I agree that hub leads may use my cultural background").CheckAsync();
        await clinician.Page.GetByRole(AriaRole.Button, new() { Name = "Save your profile" }).ClickAsync();
        await Assertions.Expect(clinician.Page.GetByRole(AriaRole.Status)).ToContainTextAsync("profile is saved");
        await admin.Page.GotoAsync(new Uri(web.Origin, "/hub-admin/clinicians").ToString());
        await admin.Page.GetByRole(AriaRole.Link, new() { Name = "Marta Nowak" }).ClickAsync();
        await Assertions.Expect(admin.Page.Locator("main")).ToContainTextAsync("Given by the clinician: Polish.");
        await admin.Page.GetByLabel("CBT therapist").CheckAsync();
        await admin.Page.GetByLabel("By video call").CheckAsync();
        await admin.Page.GetByLabel("Tuesday").FillAsync("18:00-21:00");
        await admin.Page.GetByLabel("Trauma", new() { Exact = true }).CheckAsync();
        await admin.Page.GetByLabel("Languages they can work in").FillAsync("English, Polish");
        await admin.AssertNoViolationsAsync();
        await admin.Page.GetByRole(AriaRole.Button, new() { Name = "Save profile" }).ClickAsync();
        await Assertions.Expect(admin.Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Profile saved.");
        await admin.Page.GotoAsync(new Uri(web.Origin, "/hub-admin/settings").ToString());
        await admin.Page.GetByLabel("Usual appointment length in minutes").FillAsync("60");
        await admin.Page.GetByRole(AriaRole.Button, new() { Name = "Save settings" }).ClickAsync();

        var journey = await AssessedReferralAsync();
        await using var lead = await web.SignInAsync(
            HubsRoles.HubLead,
            returnUrl: $"/clinic/journeys/{journey}/allocation"
        );
        var first = lead.Page.Locator(".nhsuk-radios__item").First;
        await Assertions.Expect(first).ToContainTextAsync("Marta Nowak");
        await Assertions
            .Expect(first)
            .ToContainTextAsync(
                "Works by video · Out of hours on Tuesdays · Speaks Polish · Background: Polish · Trauma specialism"
            );
        await lead.AssertNoViolationsAsync();
        await first.Locator("input").CheckAsync();
        await lead.Page.GetByRole(AriaRole.Button, new() { Name = "Allocate" }).ClickAsync();
        await Assertions.Expect(lead.Page.Locator("main")).ToContainTextAsync("Allocated to Marta Nowak.");

        await lead.Page.GotoAsync(new Uri(web.Origin, $"/clinic/journeys/{journey}/appointments/new").ToString());
        await lead.Page.Locator("a[href*='time=18:00']").First.ClickAsync();
        Assert.Equal("60", await lead.Page.Locator("#DurationMinutes").InputValueAsync());
        await lead.Page.CheckAsync("input[name=Mode][value=Video]");
        await lead.Page.GetByRole(AriaRole.Button, new() { Name = "Book appointment" }).ClickAsync();
        if (await lead.Page.Locator("#ConfirmWarnings").CountAsync() > 0)
        {
            // The keyworker's safe times are their own; the lead confirms having agreed the slot with them.
            await lead.Page.CheckAsync("#ConfirmWarnings");
            await lead.Page.GetByRole(AriaRole.Button, new() { Name = "Book appointment" }).ClickAsync();
        }

        await Assertions.Expect(lead.Page.Locator("main")).ToContainTextAsync("Appointment booked");
    }

    private async Task AcceptInvitationAndSignInAsync(IPage page, string email)
    {
        var invitation = await Mailbox.WaitForAsync(web.Identity.Mailbox, email, "You have been invited to Hubs");
        await page.GotoAsync(new Uri(web.Identity.BaseUrl, Mailbox.LinkIn(invitation)).ToString());
        await page.GetByLabel("New password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save password" }).ClickAsync();
        await page.GotoAsync(new Uri(web.Origin, "/account/sign-in?returnUrl=%2Fclinic").ToString());
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        var key = Regex.Match(await page.Locator("code").InnerTextAsync(), "[A-Z2-7]+").Value;
        await page.GetByLabel("Security code").FillAsync(TotpCodes.Fresh(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Continue" }).ClickAsync();
        await page.WaitForURLAsync(url => url.StartsWith(web.Origin.ToString(), StringComparison.Ordinal));
    }

    /// <summary>A screened, triaged and assessed referral asking for video, evenings and a Polish speaker.</summary>
    private async Task<Guid> AssessedReferralAsync()
    {
        var id = await ClinicReferrals.SubmitAsync(
            web.Host.Services,
            "north",
            marker: "Directory",
            support: new SupportPreferences
            {
                Modes = ["video"],
                OutOfHours = ["late"],
                ClinicianCharacteristics = ["language"],
                ClinicianDetails = "Someone who speaks Polish, please. It is about trauma at work.",
            }
        );
        var now = DateTimeOffset.UtcNow;
        var steps = new Func<Journey, Decision>[]
        {
            j => TriageReferralDecision.Decide(j, new(TriageOutcome.Assess, "Fits.", null), Guid.NewGuid(), now),
            j =>
                CompleteAssessmentDecision.Decide(
                    j,
                    new(InterventionType.Cbt, "Work trauma.", "Six sessions.", 12, 9),
                    Guid.NewGuid(),
                    now
                ),
        };
        foreach (var step in steps)
        {
            await using var session = web.Host.Services.GetRequiredService<IDocumentStore>().LightweightSession();
            var version = (await session.Events.FetchStreamStateAsync(id))!.Version;
            await LeadWrites.TryAsync(session, id, version, "north", step, CancellationToken.None);
        }

        return id;
    }
}

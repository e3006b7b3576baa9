using Hubs.ServiceDefaults.Auth;
using Hubs.Testing.Browser;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Tests.My;
using Hubs.Web.Tests.Pages;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Hubs.Web.Tests.WhileWaiting;

/// <summary>
/// In a real browser, checked with axe: the hub admin fills the self-help library, the demo keyworker waiting for
/// support reads it on a 390-px phone and answers the check-in; a clinician takes a referral by phone, gives a claim
/// code, and the keyworker claims it with a new account made in the real Hubs.Identity.
/// </summary>
public sealed partial class WhileWaitingBrowserTests(BrowserFixture system) : IClassFixture<BrowserFixture>
{
    private const int Phone = 390;

    [Fact]
    public async Task A_keyworker_reads_the_self_help_library_on_a_phone_and_answers_the_check_in()
    {
        var keyworkerId = Guid.Parse(system.Identity.Account(HubsRoles.Keyworker).Subject);
        var (journeyId, _) = await OwnJourneySeed.BookedAsync(system.Host.Services, keyworkerId);
        await using (var admin = await system.SignInAsync(HubsRoles.HubAdmin, "north"))
        {
            await admin.Page.GetByRole(AriaRole.Link, new() { Name = "Self-help library" }).ClickAsync();
            await admin.AssertNoViolationsAsync();
            await admin.Page.FillAsync("#Title", "Sleep after night shifts");
            await admin.Page.FillAsync("#Summary", "Simple steps for sleeping in the day.");
            await admin.Page.FillAsync("#Link", "https://www.nhs.uk/every-mind-matters/");
            await admin.Page.GetByRole(AriaRole.Button, new() { Name = "Add to the library" }).ClickAsync();
            await Assertions.Expect(admin.Page.GetByRole(AriaRole.Status)).ToContainTextAsync("Added to the library");
            await admin.AssertNoViolationsAsync();
        }

        await using var browser = await system.SignInAsync(HubsRoles.Keyworker, returnUrl: "/my", width: Phone);
        var page = browser.Page;
        await page.GotoAsync("/my");
        var card = page.Locator($"section[aria-labelledby='journey-{journeyId}']");
        await Assertions
            .Expect(card.GetByRole(AriaRole.Link, new() { Name = "Sleep after night shifts" }))
            .ToHaveAttributeAsync("href", "https://www.nhs.uk/every-mind-matters/");
        await Assertions.Expect(card).ToContainTextAsync("Simple steps for sleeping in the day.");
        await browser.AssertNoViolationsAsync();

        await card.GetByRole(AriaRole.Link, new() { Name = "Tell us how you are doing" }).ClickAsync();
        await browser.AssertNoViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send my answers" }).ClickAsync();
        await browser.AssertErrorForAsync("Coping");
        await page.CheckAsync("input[name=Coping][value=Worse]");
        await page.CheckAsync("input[name=ContactSooner][value=true]");
        await page.CheckAsync("input[name=Safety][value='0']");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send my answers" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Thank you for checking in");
        await browser.AssertNoViolationsAsync();

        await using var lead = await system.SignInAsync(HubsRoles.HubLead, "north");
        await lead.Page.GotoAsync($"/clinic/journeys/{journeyId}");
        await Assertions
            .Expect(lead.Page.Locator("#check-in + dl"))
            .ToContainTextAsync("Feeling worse than at referral");
        await lead.AssertNoViolationsAsync();
    }

    [Fact]
    public async Task A_clinician_takes_a_referral_by_phone_and_the_keyworker_claims_it_with_a_new_account()
    {
        await using var clinician = await system.SignInAsync(HubsRoles.Clinician, "north");
        var page = clinician.Page;
        await page.GotoAsync("/clinic/triage");
        await page.GetByRole(AriaRole.Link, new() { Name = "Take a referral by phone" }).ClickAsync();
        await clinician.AssertNoViolationsAsync();
        await page.FillAsync("[id='Referral.Name']", "Pat Doyle");
        await page.FillAsync("[id='Referral.Phone']", "07700 900456");
        await page.CheckAsync("input[name='Referral.Contact.Channels'][value=phone]");
        await page.CheckAsync("input[name='Referral.Contact.SafeTimes'][value=evening]");
        await page.CheckAsync("input[name='Referral.Contact.VoicemailOk'][value=false]");
        await page.CheckAsync("input[name='Referral.Contact.MessagesNamingHubOk'][value=false]");
        await page.CheckAsync("input[name='Referral.Sector'][value=CareHome]");
        await page.SelectOptionAsync("[id='Referral.StaffGroup']", "CareWorker");
        await page.CheckAsync("input[name='Referral.HeardFrom'][value=GroupSession]");
        await page.SelectOptionAsync("[id='Referral.AgeBand']", "From55To64");
        await page.SelectOptionAsync("[id='Referral.Sex']", "Female");
        await page.SelectOptionAsync("[id='Referral.EthnicityGroup']", "NotStated");
        await page.SelectOptionAsync("[id='Referral.Disability']", "No");
        await page.FillAsync("[id='Referral.HelpWith']", "Lost two residents this month and cannot switch off.");
        await page.CheckAsync("input[name='Referral.ResearchContact'][value=false]");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the referral" }).ClickAsync();
        await clinician.AssertErrorForAsync("ConsentReadOut");
        await page.CheckAsync("input[name=ConsentReadOut]");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the referral" }).ClickAsync();
        await Assertions
            .Expect(page.Locator("#referral-origin + dl"))
            .ToContainTextAsync("By phone, taken by Hub staff");
        await clinician.AssertNoViolationsAsync();
        var journeyId = Guid.Parse(page.Url.Split('/')[^1].Split('?')[0]);

        await page.GetByRole(AriaRole.Link, new() { Name = "Give a claim code" }).ClickAsync();
        await clinician.AssertNoViolationsAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Create a claim code" }).ClickAsync();
        var done = await page.GetByRole(AriaRole.Status).InnerTextAsync();
        var code = done.Split("Claim code ")[1][..19];

        await using var keyworker = await system.OpenAsync(Phone);
        await keyworker.Page.GotoAsync("/claim");
        await keyworker.AssertNoViolationsAsync();
        await keyworker.Page.FillAsync("#Code", code);
        await keyworker.Page.FillAsync("#Email", $"pat.{Guid.NewGuid():N}@example.org");
        await keyworker.Page.FillAsync("#Password", "quiet harbour lantern 42");
        await keyworker.Page.GetByRole(AriaRole.Button, new() { Name = "Claim my referral" }).ClickAsync();
        await Assertions
            .Expect(keyworker.Page.GetByRole(AriaRole.Status))
            .ToContainTextAsync("Your referral is in your account");
        await keyworker.AssertNoViolationsAsync();
        await using var session = system.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        Assert.Contains(await session.Events.FetchStreamAsync(journeyId), e => e.Data is JourneyClaimed);
    }
}

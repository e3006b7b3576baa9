using Hubs.Testing;
using Hubs.Testing.Browser;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.ChangingContactPreferences;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Journeys.SubmittingSelfReferral;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Web.Tests.Pages;

public sealed class SelfReferralBrowserTests(BrowserFixture web) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_keyworker_refers_themselves_on_a_phone_and_the_journey_starts()
    {
        await using var browser = await web.OpenAsync();

        var draftId = await SelfReferralWalk.WalkAsync(browser, checkPages: true);

        browser.AssertOnlyOwnOrigin();
        browser.AssertNoConsoleErrors();
        var store = web.Host.Services.GetRequiredService<IDocumentStore>();
        await using var session = store.QuerySession();
        var journey = Assert.Single(await session.Query<Journey>().ToListAsync());
        var submitted = Assert.IsType<SelfReferralSubmitted>(
            Assert.Single(await session.Events.FetchStreamAsync(journey.Id)).Data
        );
        Assert.Equal(SelfReferralWalk.Name, submitted.Person.Value?.Name);
        Assert.Equal(EthnicityGroup.NotStated, submitted.Profile.EthnicityGroup);
        Assert.False(submitted.Consents.ResearchContact);
        Assert.Equal([ContactChannel.Text, ContactChannel.Email], submitted.Contact?.Value?.Channels);
        Assert.False(submitted.Contact?.Value?.VoicemailOk);
        Assert.Null(await session.LoadAsync<ReferralDraft>(draftId));

        // The account was made in the same sitting and the journey is linked to it; confirming the email
        // address is still to come, and did not hold the referral back.
        var account = await ReferralAccounts.FindAsync(web.Identity, SelfReferralWalk.Email);
        Assert.Equal(Guid.Parse(account.Id), journey.KeyworkerId);
        Assert.False(account.EmailConfirmed);
        await Mailbox.WaitForAsync(web.Identity.Mailbox, SelfReferralWalk.Email, "Confirm your email address");

        var log = File.Exists(web.LogFile) ? await File.ReadAllTextAsync(web.LogFile) : "";
        Assert.DoesNotContain(SelfReferralWalk.Name, log, StringComparison.Ordinal);
        Assert.DoesNotContain(SelfReferralWalk.Email, log, StringComparison.Ordinal);
        Assert.DoesNotContain(SelfReferralWalk.Password, log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Errors_use_the_error_summary_and_keep_what_was_typed()
    {
        await using var browser = await web.OpenAsync();
        var page = browser.Page;
        await page.GotoAsync("/");
        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Start now" }).ClickAsync();

        await page.FillAsync("#Name", SelfReferralWalk.Name);
        await page.FillAsync("#Email", "not an email");
        await SelfReferralWalk.ContinueAsync(page);

        await browser.AssertErrorForAsync("Email");
        Assert.Equal(SelfReferralWalk.Name, await page.InputValueAsync("#Name"));
        Assert.Equal("not an email", await page.InputValueAsync("#Email"));
        await browser.CheckAsync("errors-01-about-you");

        await page.FillAsync("#Email", SelfReferralWalk.Email);
        await SelfReferralWalk.ContinueAsync(page);
        await page.CheckAsync("#Channels");
        await SelfReferralWalk.ContinueAsync(page);

        await browser.AssertErrorForAsync("Channels");
        await browser.AssertErrorForAsync("SafeTimes");
        Assert.True(await page.IsCheckedAsync("#Channels"));
        await browser.CheckAsync("errors-02-contact");
        browser.AssertOnlyOwnOrigin();
    }

    [Fact]
    public async Task Check_your_answers_lists_skipped_steps_and_an_unknown_draft_shows_the_expired_page()
    {
        await using var browser = await web.OpenAsync();
        var page = browser.Page;
        await page.GotoAsync("/");
        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Start now" }).ClickAsync();
        await page.GotoAsync(page.Url.Replace("/about-you", "/check", StringComparison.Ordinal));
        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Continue" }).ClickAsync();

        Assert.Equal(2, await page.Locator(".nhsuk-error-summary a[href*='/about-you?change=true' i]").CountAsync());
        Assert.Equal(1, await page.Locator(".nhsuk-error-summary a[href*='/contact?change=true' i]").CountAsync());
        await browser.CheckAsync("errors-03-check-answers");

        await page.GotoAsync($"/refer/{Guid.NewGuid()}/about-you");
        Assert.EndsWith("/refer/expired", page.Url, StringComparison.Ordinal);
        await browser.CheckAsync("referral-expired");
        browser.AssertOnlyOwnOrigin();
    }

    [Theory]
    [InlineData("your-work", "HubId")]
    [InlineData("about-yourself", "AgeBand")]
    [InlineData("help", "HelpWith")]
    [InlineData("support", "Modes")]
    [InlineData("consent", "ConsentToSupport")]
    public async Task A_step_sent_empty_shows_its_error_accessibly(string step, string field)
    {
        await using var browser = await web.OpenAsync();
        var page = browser.Page;
        await page.GotoAsync("/");
        await page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Start now" }).ClickAsync();
        await page.GotoAsync(page.Url.Replace("/about-you", "/" + step, StringComparison.Ordinal));

        await SelfReferralWalk.ContinueAsync(page);

        await browser.AssertErrorForAsync(field);
        await browser.CheckAsync($"errors-{step}");
        browser.AssertOnlyOwnOrigin();
    }
}

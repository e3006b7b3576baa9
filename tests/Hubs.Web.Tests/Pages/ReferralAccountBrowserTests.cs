using Hubs.ServiceDefaults.Auth;
using Hubs.Testing;
using Hubs.Testing.Browser;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.AnsweringScreening;
using Hubs.Web.Features.Journeys.SubmittingSelfReferral;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Hubs.Web.Tests.Pages;

/// <summary>The account made inside the self-referral (the real Hubs.Identity behind it), on a 390-px phone.</summary>
public sealed class ReferralAccountBrowserTests(BrowserFixture web) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Coming_back_later_needs_the_confirmed_email_and_then_shows_the_referral()
    {
        const string email = "sam.returning@example.com";
        await using var browser = await web.OpenAsync();
        var page = browser.Page;
        await SelfReferralWalk.WalkAsync(browser, checkPages: false, email);
        var journey = await JourneySentAsync(page);

        await page.GotoAsync("/account/sign-in?returnUrl=/my");
        await SignInAsync(page, email, SelfReferralWalk.Password);
        await Assertions
            .Expect(page.Locator(".error-summary, [role=alert]").First)
            .ToContainTextAsync("Confirm your email address first");

        var confirmation = await Mailbox.WaitForAsync(web.Identity.Mailbox, email, "Confirm your email address");
        await page.GotoAsync(new Uri(web.Identity.BaseUrl, Mailbox.LinkIn(confirmation)).ToString());
        await page.GotoAsync("/account/sign-in?returnUrl=/my");
        await SignInAsync(page, email, SelfReferralWalk.Password);
        try
        {
            // Arriving is enough here (the section below waits for the page itself): waiting for the load event
            // too timed out once in CI with the browser already showing the right page.
            await page.WaitForURLAsync(
                url =>
                    url.StartsWith(web.Origin.ToString(), StringComparison.Ordinal)
                    && url.Contains("/my", StringComparison.Ordinal),
                new() { WaitUntil = WaitUntilState.Commit }
            );
        }
        catch (TimeoutException)
        {
            // Say where the browser stopped instead of only that it did not arrive.
            throw new Xunit.Sdk.XunitException(
                $"Signing in after confirming stopped at {page.Url}: {await page.InnerTextAsync("body")}"
            );
        }

        await Assertions.Expect(page.Locator($"section[aria-labelledby='journey-{journey.Id}']")).ToBeVisibleAsync();
        await browser.AssertNoViolationsAsync();
    }

    [Fact]
    public async Task A_password_Identity_refuses_shows_the_error_summary_and_loses_no_answers()
    {
        const string email = "robin.shortpass@example.com";
        await using var browser = await web.OpenAsync();
        var page = browser.Page;
        var draftId = await SelfReferralWalk.AnswerEverythingAsync(browser, checkPages: false, email);

        await page.FillAsync("#Password", "too short");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send referral" }).ClickAsync();
        await browser.AssertErrorForAsync("Password");
        await Assertions.Expect(page.Locator("#Password-error")).ToContainTextAsync("12");
        await browser.CheckAsync("referral-10-account-error");
        var kept = await QueryAsync(session => session.LoadAsync<ReferralDraft>(draftId));
        Assert.Equal(email, kept?.Email);
        Assert.Contains("Not sleeping.", kept?.HelpWith, StringComparison.Ordinal);

        await SelfReferralWalk.SendAsync(page, SelfReferralWalk.Password);
        var journey = await JourneySentAsync(page);
        Assert.Equal(Guid.Parse((await ReferralAccounts.FindAsync(web.Identity, email)).Id), journey.KeyworkerId);
        browser.AssertOnlyOwnOrigin();
    }

    [Fact]
    public async Task An_address_that_already_has_an_account_gets_the_same_page_and_the_referral_still_reaches_the_Hub()
    {
        var owner = web.Identity.Account(HubsRoles.Keyworker);
        await using var stranger = await web.OpenAsync();
        await SelfReferralWalk.WalkAsync(stranger, checkPages: false, owner.Email, "not the owners password at all");
        var unlinked = await JourneySentAsync(stranger.Page);
        var strangerSaw = await stranger.Page.InnerTextAsync("main");

        await using var ownerBrowser = await web.OpenAsync();
        await SelfReferralWalk.WalkAsync(ownerBrowser, checkPages: false, owner.Email, owner.Password);
        var linked = await JourneySentAsync(ownerBrowser.Page);

        // The same page but for each referral's own reference.
        Assert.Equal(
            strangerSaw.Replace(JourneyReference.Of(unlinked.Id), "REF", StringComparison.Ordinal),
            (await ownerBrowser.Page.InnerTextAsync("main")).Replace(
                JourneyReference.Of(linked.Id),
                "REF",
                StringComparison.Ordinal
            )
        );
        Assert.NotEqual(Guid.Parse(owner.Subject), unlinked.KeyworkerId);
        Assert.Equal(Guid.Parse(owner.Subject), linked.KeyworkerId);
        Assert.Equal(JourneyStatus.Submitted, unlinked.Status);
    }

    [Fact]
    public async Task A_signed_in_keyworker_sends_a_referral_without_a_password()
    {
        var keyworker = web.Identity.Account(HubsRoles.Keyworker, "south");
        await using var browser = await web.SignInAsync(HubsRoles.Keyworker, "south", width: 390);
        await SelfReferralWalk.AnswerEverythingAsync(browser, checkPages: false, keyworker.Email);

        await Assertions.Expect(browser.Page.Locator("h1")).ToHaveTextAsync("Send your referral");
        Assert.Equal(0, await browser.Page.Locator("#Password").CountAsync());
        await browser.AssertNoViolationsAsync();
        await SelfReferralWalk.SendAsync(browser.Page, password: null);
        await Assertions
            .Expect(browser.Page.GetByRole(AriaRole.Link, new() { Name = "your support" }))
            .ToHaveAttributeAsync("href", "/my");

        Assert.Equal(Guid.Parse(keyworker.Subject), (await JourneySentAsync(browser.Page)).KeyworkerId);
    }

    private static async Task SignInAsync(IPage page, string email, string password)
    {
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    /// <summary>
    /// The journey behind the "Referral sent" page the browser is on (its address names the screening).
    /// </summary>
    private async Task<Journey> JourneySentAsync(IPage page)
    {
        var screeningId = SelfReferralWalk.ScreeningIdOn(page);
        return await QueryAsync(async session =>
        {
            var screening = await session.LoadAsync<ScreeningDraft>(screeningId)
                ?? throw new InvalidOperationException("No screening.");
            return await session.LoadAsync<Journey>(screening.JourneyId)
                ?? throw new InvalidOperationException("No journey.");
        });
    }

    private async Task<T> QueryAsync<T>(Func<IQuerySession, Task<T>> query)
    {
        await using var session = web.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return await query(session);
    }
}

using Hubs.Testing.Browser;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.AnsweringScreening;
using Hubs.Web.Tests.Pages;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Hubs.Web.Tests.FollowThrough;

/// <summary>
/// After each step the keyworker is told what happens next and when (the Hub's own timescales), how they will
/// be contacted (their own choices: the walk allows text and email, never calls) and where to get help sooner.
/// </summary>
public sealed partial class FollowThroughBrowserTests(BrowserFixture web) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_sent_page_gives_the_reference_when_the_Hub_will_contact_them_and_help_sooner()
    {
        await using var browser = await web.OpenAsync();
        await SelfReferralWalk.WalkAsync(browser, checkPages: false, "reference.shown@example.com");
        var journeyId = await JourneyOfAsync(SelfReferralWalk.ScreeningIdOn(browser.Page));
        var main = browser.Page.Locator("main");

        await Assertions.Expect(main).ToContainTextAsync($"Your reference is {JourneyReference.Of(journeyId)}");
        await Assertions.Expect(main).ToContainTextAsync("within 5 working days");
        await Assertions.Expect(main).ToContainTextAsync("by text message or email");
        Assert.Equal(1, await main.Locator("a[href='tel:116123']").CountAsync());
        await browser.AssertNoViolationsAsync();
    }

    [Fact]
    public async Task The_end_of_screening_says_what_happens_next_and_links_to_your_support()
    {
        await using var browser = await web.OpenAsync();
        var page = browser.Page;
        await SelfReferralWalk.WalkAsync(browser, checkPages: false, "screening.ends@example.com");
        await page.GetByRole(AriaRole.Link, new() { Name = "Answer the questions" }).ClickAsync();
        while (await page.Locator(".nhsuk-radios").CountAsync() > 0)
        {
            foreach (var group in await page.Locator(".nhsuk-radios").AllAsync())
            {
                await group.Locator("input").First.CheckAsync();
            }

            await SelfReferralWalk.ContinueAsync(page);
        }

        var main = page.Locator("main");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Thank you for answering");
        await Assertions.Expect(main).ToContainTextAsync("A clinician will read your answers");
        await Assertions.Expect(main).ToContainTextAsync("within 5 working days");
        await Assertions.Expect(main).ToContainTextAsync("by text message or email");
        await Assertions
            .Expect(main.GetByRole(AriaRole.Link, new() { Name = "Your support" }))
            .ToHaveAttributeAsync("href", "/my");
        Assert.Equal(1, await main.Locator("a[href='tel:116123']").CountAsync());
        await browser.AssertNoViolationsAsync();
    }

    [Fact]
    public async Task Someone_who_allowed_only_texts_and_emails_is_never_told_a_clinician_will_call()
    {
        await using var browser = await web.OpenAsync();
        var page = browser.Page;
        await SelfReferralWalk.WalkAsync(browser, checkPages: false, "no.calls@example.com");
        await page.GetByRole(AriaRole.Link, new() { Name = "Answer the questions" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Answer by phone instead" }).ClickAsync();

        var main = page.Locator("main");
        await Assertions.Expect(main).ToContainTextAsync("by text message or email");
        await Assertions.Expect(main).Not.ToContainTextAsync("will call you");
        await browser.AssertNoViolationsAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "answer them here" }).ClickAsync();
        await Assertions.Expect(main).Not.ToContainTextAsync("will call you");
        await Assertions.Expect(main).ToContainTextAsync("You asked to go through the questions with a clinician");
    }

    private async Task<Guid> JourneyOfAsync(Guid screeningId)
    {
        await using var session = web.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        return (await session.LoadAsync<ScreeningDraft>(screeningId))!.JourneyId;
    }
}

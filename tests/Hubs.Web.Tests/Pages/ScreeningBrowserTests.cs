using Hubs.ServiceDefaults.Auth;
using Hubs.Testing;
using Hubs.Testing.Browser;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.AnsweringScreening;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Questionnaires;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Hubs.Web.Tests.Pages;

public sealed class ScreeningBrowserTests(BrowserFixture web) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Screening_offers_the_phone_shows_crisis_contacts_on_a_risk_answer_and_resumes_after_saving()
    {
        await using (var earlier = await web.OpenAsync())
        {
            await SelfReferralWalk.WalkAsync(earlier, checkPages: false, "earlier.referral@example.com");
        }

        await using var browser = await web.OpenAsync();
        var page = browser.Page;
        await SelfReferralWalk.WalkAsync(browser, checkPages: false);
        var screeningId = SelfReferralWalk.ScreeningIdOn(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Answer the questions" }).ClickAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Answer by phone instead" }).ClickAsync();
        await browser.CheckAsync("screening-01-by-phone");
        await page.GetByRole(AriaRole.Link, new() { Name = "answer them here" }).ClickAsync();

        await browser.CheckAsync("screening-02-first-page");
        await SelfReferralWalk.ContinueAsync(page);
        await browser.AssertErrorForAsync("phq9-1");
        await browser.CheckAsync("screening-03-errors");
        await AnswerEveryQuestionAsync(page);
        await SelfReferralWalk.ContinueAsync(page);

        await page.CheckAsync("#phq9-9-2");
        await SelfReferralWalk.ContinueAsync(page);
        await page.WaitForURLAsync("**/support");
        Assert.Contains("contact you soon", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("main a[href='tel:116123']").CountAsync());
        await browser.CheckAsync("screening-04-risk-support");
        await AssertTopOfTriageQueueAsync(screeningId);

        await page.GetByRole(AriaRole.Link, new() { Name = "carry on with the questions" }).ClickAsync();
        await page.CheckAsync("#gad7-1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save and come back later" }).ClickAsync();
        await browser.CheckAsync("screening-05-saved");
        await page.GetByRole(AriaRole.Link, new() { Name = "Carry on with the questions" }).ClickAsync();
        Assert.Equal(0, await page.Locator("#gad7-1").CountAsync());
        Assert.Equal(1, await page.Locator("#gad7-2").CountAsync());

        while (await page.Locator(".nhsuk-radios").CountAsync() > 0)
        {
            await AnswerEveryQuestionAsync(page);
            await SelfReferralWalk.ContinueAsync(page);
        }

        Assert.Contains("Thank you for answering", await page.InnerTextAsync("h1"), StringComparison.Ordinal);
        // Risk was flagged: what happens now (top of the list), the crisis line, and the way on to Your support.
        Assert.Contains("top of the Hub's list", await page.InnerTextAsync("main"), StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("main a[href='tel:116123']").CountAsync());
        Assert.Equal(1, await page.Locator("main a[href='/my']").CountAsync());
        await browser.CheckAsync("screening-06-complete");
        browser.AssertOnlyOwnOrigin();
        browser.AssertNoConsoleErrors();

        await using var session = web.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var screening = (await session.LoadAsync<ScreeningDraft>(screeningId))!;
        Assert.True(screening.PhoneRequested);
        Assert.NotNull(screening.RiskRaisedAt);
        Assert.Equal(1, screening.Answers["Phq9"]["phq9.9"]);

        // The Hub's record of it: the journey is screened, at raised risk, with the phone request, and the
        // answers are on the stream (sealed), not only in the page's draft.
        var journey = (await session.LoadAsync<Journey>(screening.JourneyId))!;
        Assert.Equal(JourneyStatus.Screened, journey.Status);
        Assert.True(journey.Risk > RiskLevel.None);
        Assert.True(journey.ScreeningByPhoneRequested);
        var events = (await session.Events.FetchStreamAsync(journey.Id)).Select(e => e.Data).ToList();
        Assert.Contains(events, e => e is RiskFlagRaised);
        Assert.Single(events.OfType<ScreeningCompleted>());
        Assert.Contains(events.OfType<ScreeningAnswersSaved>(), e =>
            e.Measure == MeasureId.Phq9 && e.Answers.Value!["phq9.9"] == 1
        );
    }

    [Fact]
    public async Task A_screening_the_Hub_already_recorded_by_phone_leaves_nothing_to_answer()
    {
        await using var browser = await web.OpenAsync();
        var page = browser.Page;
        await SelfReferralWalk.WalkAsync(browser, checkPages: false, "phoned.already@example.com");
        var screeningId = SelfReferralWalk.ScreeningIdOn(page);
        await using (var session = web.Host.Services.GetRequiredService<IDocumentStore>().LightweightSession())
        {
            var journeyId = (await session.LoadAsync<ScreeningDraft>(screeningId))!.JourneyId;
            session.Events.Append(
                journeyId,
                new ScreeningCompleted(
                    journeyId,
                    DateTimeOffset.UtcNow,
                    ScreeningTakenBy.ClinicianByPhone,
                    8,
                    6,
                    RiskLevel.None
                )
            );
            await session.SaveChangesAsync();
        }

        await page.GotoAsync($"/screening/{screeningId}");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("There is nothing more to answer here");
        Assert.Equal(0, await page.Locator("form .nhsuk-radios").CountAsync());
        await browser.CheckAsync("screening-07-nothing-more");
    }

    /// <summary>
    /// A clinician of the Hub, signed in through Identity, finds the journey at the top of the triage queue
    /// (raised risk before the longer-waiting referral sent earlier), while the keyworker is still answering.
    /// </summary>
    private async Task AssertTopOfTriageQueueAsync(Guid screeningId)
    {
        await using var session = web.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var journeyId = (await session.LoadAsync<ScreeningDraft>(screeningId))!.JourneyId;
        await using var clinician = await web.SignInAsync(HubsRoles.Clinician, "north", returnUrl: "/clinic/triage");
        var firstRow = clinician.Page.Locator("main tbody tr").First;
        await Poll.UntilAsync(
            async () =>
            {
                await clinician.Page.GotoAsync("/clinic/triage");
                return await clinician.Page.Locator("main tbody tr").CountAsync() == 2
                    && await firstRow.Locator("a").First.GetAttributeAsync("href") == $"/clinic/journeys/{journeyId}";
            },
            "the risk journey at the top of the triage queue",
            TimeSpan.FromSeconds(15)
        );
        await Assertions.Expect(firstRow.Locator(".nhsuk-tag")).Not.ToHaveTextAsync("No risk flag");
        await Assertions
            .Expect(clinician.Page.Locator("main tbody tr").Nth(1).Locator(".nhsuk-tag"))
            .ToHaveTextAsync("No risk flag");
        await Assertions.Expect(firstRow).ToContainTextAsync("Asked to answer by phone");
    }

    /// <summary>Picks the first answer of every question on the page.</summary>
    private static async Task AnswerEveryQuestionAsync(IPage page)
    {
        foreach (var group in await page.Locator(".nhsuk-radios").AllAsync())
        {
            await group.Locator("input").First.CheckAsync();
        }
    }
}

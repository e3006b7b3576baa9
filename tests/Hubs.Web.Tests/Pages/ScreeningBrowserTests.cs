using Hubs.Testing.Browser;
using Hubs.Web.Pages.Screening;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Hubs.Web.Tests.Pages;

public sealed class ScreeningBrowserTests(BrowserFixture web) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Screening_offers_the_phone_shows_crisis_contacts_on_a_risk_answer_and_resumes_after_saving()
    {
        await using var browser = await web.OpenAsync();
        var page = browser.Page;
        await SelfReferralWalk.WalkAsync(browser, checkPages: false);
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
        await browser.CheckAsync("screening-06-complete");
        browser.AssertOnlyOwnOrigin();
        browser.AssertNoConsoleErrors();

        await using var session = web.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var screening = Assert.Single(await session.Query<ScreeningDraft>().ToListAsync());
        Assert.True(screening.PhoneRequested);
        Assert.NotNull(screening.RiskRaisedAt);
        Assert.Equal(1, screening.Answers["Phq9"]["phq9.9"]);
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

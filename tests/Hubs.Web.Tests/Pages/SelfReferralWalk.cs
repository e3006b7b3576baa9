using Hubs.Testing.Browser;
using Microsoft.Playwright;

namespace Hubs.Web.Tests.Pages;

/// <summary>A keyworker's whole self-referral by pointer, checking every page on the way when asked to.</summary>
internal static class SelfReferralWalk
{
    public const string Name = "Alex Fieldtest";
    public const string Email = "alex.fieldtest@example.com";
    public const string Password = "harbour lantern copper meadow";

    /// <summary>
    /// Walks every step and sends the referral, creating the account with <paramref name="email"/> and
    /// <paramref name="password"/> (a signed-in keyworker is not asked for a password).
    /// </summary>
    /// <returns>The draft's id (gone once sent).</returns>
    public static async Task<Guid> WalkAsync(
        BrowserPage browser,
        bool checkPages,
        string email = Email,
        string? password = Password,
        string? wishes = null
    )
    {
        var draftId = await AnswerEverythingAsync(browser, checkPages, email, wishes);
        await SendAsync(browser.Page, password);
        if (checkPages)
        {
            await browser.CheckAsync("referral-11-sent");
        }

        return draftId;
    }

    /// <summary>
    /// Answers every step and goes past check your answers to the account step; <paramref name="wishes"/>, when
    /// given, are the keyworker's own words about who supports them.
    /// </summary>
    public static async Task<Guid> AnswerEverythingAsync(
        BrowserPage browser,
        bool checkPages,
        string email = Email,
        string? wishes = null
    )
    {
        var page = browser.Page;
        async Task Step(string screenshot)
        {
            if (checkPages)
            {
                await browser.CheckAsync(screenshot);
            }
        }

        await page.GotoAsync("/");
        await Step("referral-01-start");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start now" }).ClickAsync();
        await Step("referral-02-about-you");
        await page.FillAsync("#Name", Name);
        await page.FillAsync("#Email", email);
        await page.FillAsync("#Phone", "07700 900 982");
        await ContinueAsync(page);

        await Step("referral-03-contact");
        await page.CheckAsync("#Channels-3");
        await page.CheckAsync("#Channels-2");
        await page.CheckAsync("#SafeTimes-3");
        await page.CheckAsync("#VoicemailOk-2");
        await page.CheckAsync("#MessagesNamingHubOk-2");
        await ContinueAsync(page);

        await Step("referral-04-work");
        await page.CheckAsync("#HubId");
        await page.CheckAsync("#Sector");
        await page.SelectOptionAsync("#StaffGroup", "Nursing");
        await ContinueAsync(page);

        await Step("referral-05-about-yourself");
        await page.CheckAsync("#AgeBand-3");
        await page.CheckAsync("#Sex-3");
        await page.CheckAsync("#EthnicityGroup-6");
        await page.CheckAsync("#Disability-2");
        await ContinueAsync(page);

        await Step("referral-06-help");
        await page.FillAsync("#HelpWith", "Night shifts after a hard week.\nNot sleeping.");
        await ContinueAsync(page);

        await Step("referral-07-support");
        await page.CheckAsync("#Modes-2");
        await page.CheckAsync("#OutOfHours-2");
        await page.CheckAsync("#ClinicianCharacteristics-3");
        if (wishes is not null)
        {
            await page.FillAsync("#ClinicianDetails", wishes);
        }

        await ContinueAsync(page);

        await Step("referral-08-consent");
        await page.CheckAsync("#ConsentToSupport");
        await page.CheckAsync("#ResearchContact-2");
        await ContinueAsync(page);

        await Step("referral-09-check-answers");
        await ContinueAsync(page);

        await Step("referral-10-account");
        return Guid.Parse(page.Url.Split("/refer/")[1].Split('/')[0]);
    }

    /// <summary>The screening named by the "Referral sent" page the browser is on.</summary>
    public static Guid ScreeningIdOn(IPage page) => Guid.Parse(page.Url.Split("/refer/sent/")[1].Split('?', '#')[0]);

    /// <summary>On the account step: the password (none when signed in), then "Send referral".</summary>
    public static async Task SendAsync(IPage page, string? password)
    {
        if (password is not null)
        {
            await page.FillAsync("#Password", password);
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Send referral" }).ClickAsync();
        // Arriving and the heading are what the keyworker sees; waiting for the load event as well timed out once
        // in CI (30 s) with the browser already on "Referral sent".
        await page.WaitForURLAsync("**/refer/sent/**", new() { WaitUntil = WaitUntilState.Commit });
        await Assertions
            .Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Referral sent" }))
            .ToBeVisibleAsync(new() { Timeout = 30_000 });
    }

    public static Task ContinueAsync(IPage page) =>
        page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
}

using Hubs.Testing.Auth;
using Hubs.Testing.Browser;
using Hubs.Web.Tests.Clinic;
using Microsoft.Playwright;

namespace Hubs.Web.Tests.Measures.PreSession;

/// <summary>
/// In a real browser: the keyworker, on a 390-px phone, answers the questions before their session from "Your
/// support", saves part-way and leaves, comes back in a new browser and finishes; after the session the clinician
/// finds the answers already in the session form, corrects one and records the session. axe on every page.
/// </summary>
public sealed class PreSessionBrowserTests(ClinicBrowserFixture web) : IClassFixture<ClinicBrowserFixture>
{
    private const int Phone = 390;

    private static readonly int[] Phq9 = [2, 1, 3, 0, 1, 2, 0, 1, 0];

    [Fact]
    public async Task The_keyworker_answers_on_a_phone_resumes_and_the_clinician_records_the_session_from_them()
    {
        var clinician = ClinicFixture.Clinician(0);
        var http = web.Host.CreateClient();
        var journey = await JourneySteps.TreatedAsync(http, clinician, ClinicFixture.Lead(), 12, 9);
        var appointment = await JourneySteps.BookTreatmentAsync(journey, clinician, web.Clock);

        await using (var phone = await PhoneAsync(journey.Keyworker))
        {
            await OpenQuestionsAsync(phone, journey.Id);
            await Assertions.Expect(phone.Page.Locator("h1")).ToContainTextAsync("Over the last 2 weeks");
            for (var i = 0; i < 4; i++)
            {
                await phone.Page.CheckAsync(Choice(i, Phq9[i]));
            }

            await phone.Page.GetByRole(AriaRole.Button, new() { Name = "Save and come back later" }).ClickAsync();
            await Assertions.Expect(phone.Page.Locator("h1")).ToHaveTextAsync("Your answers are saved");
            await phone.AssertNoViolationsAsync();
        }

        await using (var phone = await PhoneAsync(journey.Keyworker))
        {
            await OpenQuestionsAsync(phone, journey.Id);
            for (var i = 0; i < 4; i++)
            {
                await Assertions.Expect(phone.Page.Locator(Choice(i, Phq9[i]))).ToBeCheckedAsync();
            }

            for (var i = 4; i < Phq9.Length; i++)
            {
                await phone.Page.CheckAsync(Choice(i, Phq9[i]));
            }

            await phone.Page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
            await Assertions.Expect(phone.Page.Locator(".nhsuk-caption-l")).ToContainTextAsync("questionnaire 2 of 2");
            await phone.AssertNoViolationsAsync();
            for (var i = 0; i < 7; i++)
            {
                await phone.Page.CheckAsync($"#gad7-{i + 1}-2");
            }

            await phone.Page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
            await Assertions.Expect(phone.Page.Locator("main")).ToContainTextAsync("You answered the questions");
            await phone.AssertNoViolationsAsync();
            await phone.SaveScreenshotAsync("pre-session-01-answered-on-a-phone");
            phone.AssertOnlyOwnOrigin();
            phone.AssertNoConsoleErrors();
        }

        await JourneySteps.RecordAttendanceAsync(
            await new PreSessionWalk(web.Host, journey, appointment).CurrentAsync(http),
            clinician,
            appointment,
            web.Clock
        );
        await using var clinic = await web.OpenAsAsync(clinician.Principal);
        await clinic.Page.GotoAsync($"/clinic/journeys/{journey.Id}/sessions/new");
        await Assertions
            .Expect(clinic.Page.Locator("#keyworker-answers"))
            .ToContainTextAsync("Filled in by the keyworker before the session on");
        await Assertions.Expect(clinic.Page.Locator("#Phq9Total")).ToHaveValueAsync("10");
        await Assertions.Expect(clinic.Page.Locator("#Gad7Total")).ToHaveValueAsync("7");
        await clinic.CheckAsync("pre-session-02-session-form-filled-in");
        await clinic.Page.FillAsync("#Phq9Total", "11");
        await clinic.Page.FillAsync("#RiskReview", "Asked about risk; no thoughts of harm.");
        await clinic.SubmitAsync("Record session");
        await Assertions.Expect(clinic.Page.Locator("main")).ToContainTextAsync("Session recorded");
        await clinic.Page.GotoAsync($"/clinic/journeys/{journey.Id}");
        await Assertions.Expect(clinic.Page.Locator("main")).ToContainTextAsync("Before a session (keyworker)");
        await clinic.AssertNoViolationsAsync();
    }

    /// <summary>
    /// The radio for an item's answer: the first choice has the field's own id, the others -2, -3, -4.
    /// </summary>
    private static string Choice(int item, int value) =>
        value == 0 ? $"#phq9-{item + 1}" : $"#phq9-{item + 1}-{value + 1}";

    /// <summary>A new phone browser, signed in as the keyworker: leaving and coming back is a fresh one.</summary>
    private async Task<BrowserPage> PhoneAsync(TestPrincipal keyworker)
    {
        var page = await web.Chromium.OpenAsync(web.Origin, Phone, 844);
        await page.Page.Context.SetExtraHTTPHeadersAsync(
            new Dictionary<string, string>
            {
                ["Authorization"] = $"Bearer {TestIssuer.Shared.Mint(keyworker, lifetime: TimeSpan.FromMinutes(30))}",
            }
        );
        return page;
    }

    /// <summary>From "Your support", as the keyworker finds the questions: the link beside their session.</summary>
    private static async Task OpenQuestionsAsync(BrowserPage phone, Guid journeyId)
    {
        await phone.Page.GotoAsync("/my");
        await phone.AssertNoViolationsAsync();
        await phone
            .Page.Locator($"section[aria-labelledby='journey-{journeyId}']")
            .GetByRole(AriaRole.Link, new() { Name = "Answer the questions before this session" })
            .ClickAsync();
        await phone.AssertNoViolationsAsync();
    }
}

using Hubs.Testing;
using Hubs.Testing.Auth;
using Hubs.Testing.Browser;
using Hubs.Web.Tests.Journeys;
using Hubs.Web.Tests.Pages;
using Microsoft.Playwright;

namespace Hubs.Web.Tests.Contact;

/// <summary>
/// The message thread in a real browser from both sides, and the keyworker's contact preferences page; axe on every
/// state.
/// </summary>
public sealed class ThreadBrowserTests(ThreadBrowserFixture web) : IClassFixture<ThreadBrowserFixture>
{
    [Fact]
    public async Task Keyworker_and_clinician_write_to_each_other_in_the_thread()
    {
        var referral = Referrals.Valid();
        referral["contact"] = ContactJourney.Preferences(["email"]);
        var journey = await JourneyClient.SubmitAsync(web.Api, referral);
        var clinician = TestPrincipal.Clinician("north");
        var thread = $"/my/journeys/{journey.Id}/messages";

        await using var keyworker = await web.OpenAsync();
        await keyworker.SignInAsync(web.Host.Services, journey.Keyworker);
        await keyworker.Page.GotoAsync(thread);
        await keyworker.CheckAsync("thread-01-keyworker-empty");
        await keyworker.Page.GetByRole(AriaRole.Button, new() { Name = "Send message" }).ClickAsync();
        await keyworker.AssertErrorForAsync("Text");
        await keyworker.CheckAsync("thread-02-keyworker-error");
        // The keyboard alone: type, Tab to "Send message", Enter.
        await KeyboardOnly.TypeIntoAsync(keyworker.Page, "Text", "Could we talk on Thursday evening instead?");
        await KeyboardOnly.TabToAsync(keyworker.Page, "form button[type=submit]");
        Assert.Equal(
            "Send message",
            (await keyworker.Page.EvaluateAsync<string>("() => document.activeElement.textContent")).Trim()
        );
        await keyworker.Page.Keyboard.PressAsync("Enter");
        await Assertions
            .Expect(keyworker.Page.Locator(".hubs-thread"))
            .ToContainTextAsync("Could we talk on Thursday evening instead?");

        await using var staff = await web.OpenAsync();
        await staff.SignInAsync(web.Host.Services, clinician);
        await staff.Page.GotoAsync($"/clinic/journeys/{journey.Id}/messages");
        await Assertions.Expect(staff.Page.Locator(".hubs-thread")).ToContainTextAsync("The keyworker");
        await Assertions.Expect(staff.Page.Locator(".hubs-thread")).ToContainTextAsync("Thursday evening");
        await staff.CheckAsync("thread-03-clinician");
        await staff.Page.FillAsync("#Text", "Thursday at 6pm works. Speak then.");
        await staff.Page.GetByRole(AriaRole.Button, new() { Name = "Send message" }).ClickAsync();
        await Assertions.Expect(staff.Page.Locator(".hubs-thread li")).ToHaveCountAsync(2);

        await keyworker.Page.GotoAsync(thread);
        await Assertions.Expect(keyworker.Page.Locator(".hubs-thread li").Nth(1)).ToContainTextAsync("The Hub");
        await Assertions
            .Expect(keyworker.Page.Locator(".hubs-thread li").Nth(1))
            .ToContainTextAsync("Thursday at 6pm works.");
        await keyworker.CheckAsync("thread-04-keyworker-reply");
        keyworker.AssertOnlyOwnOrigin();
        keyworker.AssertNoConsoleErrors();
        staff.AssertOnlyOwnOrigin();
        staff.AssertNoConsoleErrors();

        // The keyworker said any time is safe, which still means 8am (9am at weekends) to 9pm: at night the
        // notice waits for the morning, so the clock moves there when the test runs at night.
        web.Clock.Advance(UntilSafeDaytime(web.Clock.GetUtcNow()));
        await Poll.UntilAsync(
            () => Outbox.EmailsTo(web.Mail, (string)referral["email"]!).Count == 1,
            "the keyworker is told there is a new message"
        );
        var notice = Outbox.EmailsTo(web.Mail, (string)referral["email"]!)[0];
        Assert.StartsWith("You have a new message", notice.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Thursday", Outbox.Seen(notice), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nobody_else_opens_a_keyworkers_thread_page()
    {
        var journey = await JourneyClient.SubmitAsync(web.Api);
        await using var stranger = await web.OpenAsync();
        await stranger.SignInAsync(web.Host.Services, TestPrincipal.Keyworker());

        var response = await stranger.Page.GotoAsync($"/my/journeys/{journey.Id}/messages");

        Assert.Equal(404, response!.Status);
    }

    [Fact]
    public async Task A_keyworker_opts_out_of_reminders_on_their_contact_page()
    {
        var journey = await JourneyClient.SubmitAsync(web.Api);
        await using var keyworker = await web.OpenAsync();
        await keyworker.SignInAsync(web.Host.Services, journey.Keyworker);
        await keyworker.Page.GotoAsync("/my");
        await keyworker.CheckAsync("contact-00-my-support");
        await keyworker.Page.GetByRole(AriaRole.Link, new() { Name = "How and when we may contact you" }).ClickAsync();
        Assert.EndsWith($"/my/journeys/{journey.Id}/contact", keyworker.Page.Url, StringComparison.Ordinal);
        await keyworker.CheckAsync("contact-01-preferences");

        await keyworker.Page.CheckAsync("#Channels-3");
        await keyworker.Page.CheckAsync("#SafeTimes-3");
        await keyworker.Page.CheckAsync("#VoicemailOk-2");
        await keyworker.Page.CheckAsync("#MessagesNamingHubOk-2");
        await keyworker.Page.CheckAsync("#RemindersWanted-2");
        await keyworker.Page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Assertions.Expect(keyworker.Page.Locator("[role=status]")).ToContainTextAsync("saved");
        Assert.False(await keyworker.Page.IsCheckedAsync("#RemindersWanted"));
        Assert.True(await keyworker.Page.IsCheckedAsync("#RemindersWanted-2"));
        await keyworker.CheckAsync("contact-02-saved");
        var overview = await journey.GetAsync(Staff.Lead(), "/contact");
        Assert.False(overview.GetProperty("preferences").GetProperty("remindersWanted").GetBoolean());
        Assert.True(overview.GetProperty("statedByKeyworker").GetBoolean());
    }

    private static TimeSpan UntilSafeDaytime(DateTimeOffset now)
    {
        var london = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        var wait = TimeSpan.Zero;
        while (
            TimeZoneInfo.ConvertTime(now + wait, london) is var local
            && (local.Hour >= 21 || local.Hour < (local.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 9 : 8))
        )
        {
            wait += TimeSpan.FromMinutes(15);
        }

        return wait == TimeSpan.Zero ? wait : wait + TimeSpan.FromMinutes(1);
    }
}

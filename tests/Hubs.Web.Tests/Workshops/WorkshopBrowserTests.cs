using System.Globalization;
using Hubs.Testing.Auth;
using Hubs.Testing.Browser;
using Hubs.Web.Features.Contact.SchedulingReminders;
using Hubs.Web.Features.Journeys.ReadingDiary;
using Hubs.Web.Tests.Clinic;
using Hubs.Web.Tests.Contact;
using Microsoft.Playwright;

namespace Hubs.Web.Tests.Workshops;

/// <summary>
/// In a real browser, axe on every page: a clinician schedules a workshop; a keyworker on a 390-px phone finds it on
/// the public list, books (a reminder is queued on the journey whose contact preferences apply), answers the questions
/// before, cancels (the reminder stops) and books again, and sees it on "Your support";
/// once it has started the clinician records attendance from the roster; the keyworker books a follow-up coaching call
/// on the phone, and the call is in the clinician's diary and on the roster.
/// </summary>
public sealed class WorkshopBrowserTests(ClinicBrowserFixture web) : IClassFixture<ClinicBrowserFixture>
{
    private const int Phone = 390;

    [Fact]
    public async Task A_keyworker_books_on_a_phone_answers_cancels_and_rebooks_and_staff_record_attendance()
    {
        var clinician = ClinicFixture.Clinician(0);
        var title = $"Steady under pressure {Guid.NewGuid().ToString()[..4]}";
        var startsAt = web.Clock.GetUtcNow().AddHours(3);
        await using (var clinic = await web.OpenAsAsync(clinician.Principal))
        {
            await clinic.Page.GotoAsync("/clinic/workshops");
            await clinic.CheckAsync("workshops-01-staff-list");
            await clinic.Page.FillAsync("#Title", title);
            await clinic.Page.FillAsync("#Date", Local(startsAt, "yyyy-MM-dd"));
            await clinic.Page.FillAsync("#Time", Local(startsAt, "HH:mm"));
            await clinic.Page.CheckAsync("#Mode-3");
            await clinic.Page.FillAsync("#Capacity", "6");
            await clinic.Page.CheckAsync("#Sectors");
            await clinic.Page.CheckAsync("#Measure");
            await clinic.SubmitAsync("Schedule workshop");
            await Assertions.Expect(clinic.Page.Locator("main")).ToContainTextAsync("Workshop scheduled");
            await clinic.CheckAsync("workshops-02-roster-empty");
        }

        // A keyworker who referred themselves to the Hub: reminders follow that journey's contact preferences.
        using var api = new HttpClient { BaseAddress = web.Origin };
        var contact = await ContactJourney.TriagedAsync(
            api,
            ContactJourney.Preferences(["email"], ["weekday-evenings"])
        );
        var keyworker = contact.Journey.Keyworker;
        await using (var phone = await PhoneAsync(keyworker))
        {
            await BookAsync(phone, title, "Rowan");
            await RemindersAsync(contact, queued: 1, cancelled: 0, "the 2 h reminder queued on the journey");
            await phone
                .Page.GetByRole(AriaRole.Link, new() { Name = $"Answer a few questions before the workshop {title}" })
                .ClickAsync();
            await phone.AssertNoViolationsAsync();
            for (var i = 1; i <= 7; i++)
            {
                await phone.Page.CheckAsync($"#gad7-{i}-2");
            }

            await phone.Page.GetByRole(AriaRole.Button, new() { Name = "Send my answers" }).ClickAsync();
            await Assertions.Expect(phone.Page.Locator("main")).ToContainTextAsync("Your answers are saved");
            await phone.AssertNoViolationsAsync();
            await phone.Page.GetByRole(AriaRole.Button, new() { Name = $"Cancel my place on {title}" }).ClickAsync();
            await Assertions.Expect(phone.Page.Locator("main")).ToContainTextAsync("Your place is cancelled");
            await phone.AssertNoViolationsAsync();
            await RemindersAsync(contact, queued: 0, cancelled: 1, "the reminder stops with the place");
            await BookAsync(phone, title, "Rowan");
            await RemindersAsync(contact, queued: 1, cancelled: 1, "the new place's reminder is queued");
            await phone.Page.GotoAsync("/my");
            await Assertions.Expect(phone.Page.Locator("#your-workshops")).ToContainTextAsync(title);
            await phone.AssertNoViolationsAsync();
            await phone.SaveScreenshotAsync("workshops-03-your-support-on-a-phone");
            phone.AssertOnlyOwnOrigin();
            phone.AssertNoConsoleErrors();
        }

        web.Clock.Advance(TimeSpan.FromHours(4));
        await using var staff = await web.OpenAsAsync(clinician.Principal);
        await staff.Page.GotoAsync("/clinic/workshops");
        await staff.Page.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Assertions.Expect(staff.Page.Locator("table")).ToContainTextAsync("Rowan");
        await staff.CheckAsync("workshops-04-roster");
        await staff.Page.GetByLabel("Rowan").CheckAsync();
        await staff.SubmitAsync("Record attendance");
        await Assertions.Expect(staff.Page.Locator("main")).ToContainTextAsync("Attendance recorded");
        await Assertions.Expect(staff.Page.Locator("table")).ToContainTextAsync("Attended");
        await staff.CheckAsync("workshops-05-attendance-recorded");

        // Who came books a follow-up coaching call on the phone; the call is in the clinician's diary.
        var slot = await BookCoachingAsync(keyworker, title);
        var coach = Guid.ParseExact(slot[..32], "N");
        var at = DateTimeOffset.FromUnixTimeSeconds(long.Parse(slot[33..], CultureInfo.InvariantCulture));
        var week = DiaryWeek.MondayOf(
            DateOnly.ParseExact(Local(at, "yyyy-MM-dd"), "yyyy-MM-dd", CultureInfo.InvariantCulture)
        );
        await staff.GoAsync($"/clinic/diary?clinician={coach}&week={week:yyyy-MM-dd}");
        var call = staff.Page.GetByRole(AriaRole.Link, new() { Name = "Coaching call after a workshop" });
        await Assertions.Expect(call).ToHaveCountAsync(1);
        await staff.CheckAsync("workshops-07-diary-coaching-call");
        await call.ClickAsync();
        await Assertions.Expect(staff.Page.Locator("h1")).ToHaveTextAsync(title);
        await Assertions
            .Expect(staff.Page.Locator("main"))
            .ToContainTextAsync($"Rowan, {Local(at, "ddd d MMM yyyy, HH:mm")}");
        await staff.CheckAsync("workshops-08-roster-coaching-call");
    }

    /// <summary>
    /// Waits until the journey's workshop reminders that can still go (the 48 h one was too late for a workshop three
    /// hours away) are <paramref name="queued"/> queued and <paramref name="cancelled"/> cancelled.
    /// </summary>
    private static async Task RemindersAsync(ContactJourney contact, int queued, int cancelled, string what) =>
        await Dispatch.UntilAsync(
            contact,
            d =>
            {
                var workshop = d.Where(r => r.GetProperty("kind").GetString() == ContactKind.WorkshopReminder).ToList();
                return workshop.Count(r => r.State() == ContactState.Queued) == queued
                    && workshop.Count(r => r.State() == ContactState.Cancelled) == cancelled;
            },
            what
        );

    /// <summary>From "Your workshops" on the phone, the first time offered; returns that slot's value.</summary>
    private async Task<string> BookCoachingAsync(TestPrincipal keyworker, string title)
    {
        await using var phone = await PhoneAsync(keyworker);
        await phone.GoAsync("/my/workshops");
        await phone
            .Page.GetByRole(AriaRole.Link, new() { Name = $"Book a one-to-one coaching call after {title}" })
            .ClickAsync();
        await Assertions.Expect(phone.Page.Locator("h1")).ToHaveTextAsync("Book a coaching call");
        await phone.CheckAsync("workshops-06-coaching-times-on-a-phone");
        var slot = (await phone.Page.Locator("#Slot").GetAttributeAsync("value"))!;
        await phone.Page.CheckAsync("#Slot");
        await phone.Page.GetByRole(AriaRole.Button, new() { Name = "Book this call" }).ClickAsync();
        await Assertions.Expect(phone.Page.Locator("main")).ToContainTextAsync("Your coaching call is booked");
        await Assertions.Expect(phone.Page.Locator("main")).ToContainTextAsync("Coaching call: ");
        await phone.CheckAsync("workshops-06-coaching-booked-on-a-phone");
        return slot;
    }

    /// <summary>From the public list, as anyone finds it, to the booking confirmed on "Your workshops".</summary>
    private static async Task BookAsync(BrowserPage phone, string title, string name)
    {
        await phone.Page.GotoAsync("/workshops");
        await phone.AssertNoViolationsAsync();
        await phone.Page.GetByRole(AriaRole.Link, new() { Name = $"Book a place on {title}" }).ClickAsync();
        await phone.AssertNoViolationsAsync();
        await Assertions.Expect(phone.Page.Locator("main")).ToContainTextAsync("We remind you before the workshop");
        await phone.Page.FillAsync("#Name", name);
        await phone.Page.CheckAsync("#Sector");
        await phone.Page.GetByRole(AriaRole.Button, new() { Name = "Book my place" }).ClickAsync();
        await Assertions.Expect(phone.Page.Locator("main")).ToContainTextAsync("Your place is booked");
        await phone.AssertNoViolationsAsync();
    }

    private static string Local(DateTimeOffset at, string format) =>
        TimeZoneInfo
            .ConvertTime(at, TimeZoneInfo.FindSystemTimeZoneById("Europe/London"))
            .ToString(format, CultureInfo.InvariantCulture);

    /// <summary>A phone-sized browser signed in as the keyworker.</summary>
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
}

using System.Globalization;
using Hubs.Testing;
using Hubs.Testing.Browser;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.TriagingReferral;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Hubs.Web.Tests.Clinic;

/// <summary>
/// The booking form protects people: a 3am time for someone safe on weekday evenings only is booked only once
/// confirmed; the same clinician is not double-booked; a year-9999 date and missing answers are refused, every
/// error at once and in the order of the form; the date is the NHS.UK three-box input.
/// </summary>
public sealed partial class DiaryBrowserTests(ClinicBrowserFixture web) : IClassFixture<ClinicBrowserFixture>
{
    private DateTimeOffset NextWeek => TestDates.Weekday(web.Clock.GetUtcNow().AddDays(7));

    [Fact]
    public async Task A_3am_booking_outside_the_keyworkers_safe_times_needs_confirming()
    {
        var id = await TriagedAsync();
        await using var me = await web.OpenAsAsync(ClinicFixture.Clinician(0).Principal);
        await FillAsync(me.Page, id, NextWeek, "03:00");
        await me.SubmitAsync("Book appointment");

        await Assertions
            .Expect(me.Page.Locator(".nhsuk-error-summary"))
            .ToContainTextAsync("outside the times the keyworker said are safe");
        await me.AssertNoViolationsAsync();
        await me.SaveScreenshotAsync("diary-01-confirm-warning");
        await me.Page.CheckAsync("#ConfirmWarnings");
        await me.SubmitAsync("Book appointment");

        await Assertions.Expect(me.Page.Locator("main")).ToContainTextAsync("Appointment booked");
    }

    [Fact]
    public async Task The_same_clinician_is_not_booked_twice_at_once()
    {
        var first = await TriagedAsync();
        var second = await TriagedAsync();
        await using var me = await web.OpenAsAsync(ClinicFixture.Clinician(0).Principal);
        var at = TestDates.Weekday(web.Clock.GetUtcNow().AddDays(8));
        await FillAsync(me.Page, first, at, "18:30");
        await me.SubmitAsync("Book appointment");
        await Assertions.Expect(me.Page.Locator("main")).ToContainTextAsync("Appointment booked");

        await FillAsync(me.Page, second, at, "19:00");
        await me.SubmitAsync("Book appointment");

        await Assertions
            .Expect(me.Page.Locator(".nhsuk-error-summary"))
            .ToContainTextAsync("already has an appointment at that time");
    }

    [Fact]
    public async Task Every_error_is_shown_at_once_in_the_order_of_the_form()
    {
        var id = await TriagedAsync();
        await using var me = await web.OpenAsAsync(ClinicFixture.Clinician(0).Principal);
        await me.Page.GotoAsync($"/clinic/journeys/{id}/appointments/new");
        await me.Page.FillAsync("#Date-day", "31");
        await me.Page.FillAsync("#Date-month", "2");
        await me.Page.FillAsync("#Date-year", "2027");
        await me.SubmitAsync("Book appointment");

        var links = await me.Page.Locator(".nhsuk-error-summary a").AllInnerTextsAsync();
        Assert.Equal(["The date of the appointment must be a real date", "Choose in person, phone or video."], links);
        Assert.Equal("#Date-day", await me.Page.Locator(".nhsuk-error-summary a").First.GetAttributeAsync("href"));
        await me.AssertNoViolationsAsync();

        await me.Page.FillAsync("#Date-day", "1");
        await me.Page.FillAsync("#Date-month", "12");
        await me.Page.FillAsync("#Date-year", "9999");
        await me.Page.FillAsync("#Time", "18:30");
        await me.Page.CheckAsync("#Mode-2");
        await me.SubmitAsync("Book appointment");
        await Assertions.Expect(me.Page.Locator(".nhsuk-error-summary")).ToContainTextAsync("at most a year ahead");
    }

    private static async Task FillAsync(IPage page, Guid id, DateTimeOffset day, string time)
    {
        await page.GotoAsync($"/clinic/journeys/{id}/appointments/new");
        await page.FillAsync("#Date-day", day.Day.ToString(CultureInfo.InvariantCulture));
        await page.FillAsync("#Date-month", day.Month.ToString(CultureInfo.InvariantCulture));
        await page.FillAsync("#Date-year", day.Year.ToString(CultureInfo.InvariantCulture));
        await page.FillAsync("#Time", time);
        await page.CheckAsync("#Mode-3");
    }

    /// <summary>A referral (weekday evenings, phone only) triaged to assess, so an assessment can be booked.</summary>
    private async Task<Guid> TriagedAsync()
    {
        var id = await ClinicReferrals.SubmitAsync(web.Host.Services);
        await using var session = web.Host.Services.GetRequiredService<IDocumentStore>().LightweightSession();
        var triage = new TriageReferral(TriageOutcome.Assess, "Fits.", null);
        var written = await LeadWrites.TryAsync(
            session,
            id,
            2,
            "north",
            j => TriageReferralDecision.Decide(j, triage, Guid.NewGuid(), DateTimeOffset.UtcNow),
            default
        );
        Assert.Equal(AppendStatus.Written, written.Status);
        return id;
    }
}

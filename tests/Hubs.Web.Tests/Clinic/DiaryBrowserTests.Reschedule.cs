using System.Globalization;
using Hubs.Testing.Browser;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Hubs.Web.Tests.Clinic;

/// <summary>
/// Moving an appointment follows the booking's rules: a clash is refused, an unsafe time confirmed first.
/// </summary>
public sealed partial class DiaryBrowserTests
{
    [Fact]
    public async Task Moving_an_appointment_is_refused_on_a_clash_and_confirmed_outside_safe_times()
    {
        var mine = await TriagedAsync();
        var other = await TriagedAsync();
        await using var me = await web.OpenAsAsync(ClinicFixture.Clinician(0).Principal);
        // A Tuesday and the Wednesday after it, clear of the other tests' days: weekday evenings are the keyworker's
        // safe times.
        var day = NextWeek.AddDays(2);
        while (day.DayOfWeek != DayOfWeek.Tuesday)
        {
            day = day.AddDays(1);
        }

        await FillAsync(me.Page, mine, day, "18:00");
        await me.SubmitAsync("Book appointment");
        await Assertions.Expect(me.Page.Locator("main")).ToContainTextAsync("Appointment booked");
        await FillAsync(me.Page, other, day.AddDays(1), "19:00");
        await me.SubmitAsync("Book appointment");
        await Assertions.Expect(me.Page.Locator("main")).ToContainTextAsync("Appointment booked");
        await using var session = web.Host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var appointment = (await session.LoadAsync<Features.Journeys.Journey>(mine))!.Appointments.Single().Id;

        await MoveAsync(me.Page, mine, appointment, day.AddDays(1), "19:30");
        await Assertions
            .Expect(me.Page.Locator(".nhsuk-error-summary"))
            .ToContainTextAsync("already has an appointment at that time");
        await me.AssertNoViolationsAsync();

        await MoveAsync(me.Page, mine, appointment, day.AddDays(1), "03:00");
        await Assertions
            .Expect(me.Page.Locator(".nhsuk-error-summary"))
            .ToContainTextAsync("outside the times the keyworker said are safe");
        await me.AssertNoViolationsAsync();
        await me.Page.CheckAsync("#ConfirmWarnings");
        await me.SubmitAsync("Move appointment");
        await Assertions.Expect(me.Page.Locator("main")).ToContainTextAsync("Appointment moved");
    }

    private static async Task MoveAsync(IPage page, Guid id, Guid appointmentId, DateTimeOffset day, string time)
    {
        await page.GotoAsync($"/clinic/journeys/{id}/appointments/{appointmentId}");
        await page.FillAsync("#Date-day", day.Day.ToString(CultureInfo.InvariantCulture));
        await page.FillAsync("#Date-month", day.Month.ToString(CultureInfo.InvariantCulture));
        await page.FillAsync("#Date-year", day.Year.ToString(CultureInfo.InvariantCulture));
        await page.FillAsync("#Time", time);
        await page.CheckAsync("#Mode-3");
        // The caller waits for what the answer shows (never the load event, which timed out under load).
        await page.GetByRole(AriaRole.Button, new() { Name = "Move appointment", Exact = true }).ClickAsync();
    }
}

using System.Globalization;
using System.Net;
using Hubs.Testing;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Questionnaires;

namespace Hubs.Web.Tests.Clinic;

/// <summary>
/// A clinician and hub lead take one referral from triage to discharge through the pages (no browser).
/// </summary>
public sealed class ClinicianWalkTests(ClinicFixture clinic) : IClassFixture<ClinicFixture>
{
    // A week ahead of the host's clock, which the tests move past each appointment's start to record it.
    private DateTimeOffset NextWeek => TestDates.Weekday(clinic.Clock.GetUtcNow().AddDays(7));

    [Fact]
    public async Task Triage_queue_lists_raised_risk_first_then_the_longest_wait_with_screening_bands()
    {
        var hub = "south";
        var older = await ClinicReferrals.SubmitAsync(
            clinic,
            hub,
            phq9: 6,
            submittedAt: clinic.Clock.GetUtcNow().AddDays(-20)
        );
        var newer = await ClinicReferrals.SubmitAsync(clinic, hub, submittedAt: clinic.Clock.GetUtcNow().AddDays(-2));
        var urgent = await ClinicReferrals.SubmitAsync(
            clinic,
            hub,
            phq9: 21,
            risk: RiskLevel.Urgent,
            submittedAt: clinic.Clock.GetUtcNow().AddDays(-1)
        );

        var page = await clinic.As(ClinicFixture.Clinician(0, hub)).GetAsync("/clinic/triage");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var positions = new[] { urgent, older, newer }
            .Select(id => page.Html.IndexOf(id.ToString(), StringComparison.Ordinal))
            .ToList();
        Assert.All(positions, p => Assert.True(p > 0));
        Assert.Equal(positions.Order(), positions);
        Assert.Contains("Urgent risk", page.Html, StringComparison.Ordinal);
        Assert.Contains("PHQ-9 21 severe", page.Html, StringComparison.Ordinal);
        Assert.Contains("PHQ-9 6 mild", page.Html, StringComparison.Ordinal);
        Assert.Contains("20 days", page.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_referral_goes_from_triage_to_discharge_through_the_pages()
    {
        var clinician = ClinicFixture.Clinician(0);
        var lead = ClinicFixture.Lead();
        var me = clinic.As(clinician);
        var id = await ClinicReferrals.SubmitAsync(
            clinic,
            phq9: 12,
            gad7: 9,
            marker: "Walk",
            support: new SupportPreferences
            {
                Modes = ["phone"],
                OutOfHours = ["weekend"],
                ClinicianCharacteristics = ["language"],
                ClinicianDetails = "Someone who speaks Polish",
            }
        );
        var record = $"/clinic/journeys/{id}";

        // Triage: errors next to the fields, what was typed kept; then the decision.
        var invalid = await me.SubmitAsync(
            $"{record}/triage",
            new Dictionary<string, string> { ["Outcome"] = "SignpostElsewhere", ["Reason"] = "Typed reason kept" }
        );
        Assert.Equal(HttpStatusCode.OK, invalid.Status);
        Assert.True(invalid.HasErrorFor("SignpostedTo"), Errors(invalid.Html));
        Assert.Contains("Typed reason kept", invalid.Html, StringComparison.Ordinal);
        Assert.Contains("value=\"SignpostElsewhere\" checked", invalid.Html, StringComparison.Ordinal);
        await Redirected(
            me.SubmitAsync(
                $"{record}/triage",
                new Dictionary<string, string> { ["Outcome"] = "Assess", ["Reason"] = "Fits the Hub." }
            ),
            record
        );

        // Assessment: a total that is not a number is refused and kept as typed.
        var notNumber = await me.SubmitAsync($"{record}/assessment", Assessment("twelve"));
        Assert.True(notNumber.HasErrorFor("Phq9Total"), Errors(notNumber.Html));
        Assert.Contains("value=\"twelve\"", notNumber.Html, StringComparison.Ordinal);
        Assert.Contains("Worry about nights.", notNumber.Html, StringComparison.Ordinal);
        await Redirected(me.SubmitAsync($"{record}/assessment", Assessment("13")), record);

        // Allocation: the hub lead's; the Polish speaker is suggested first; the lead chooses someone else.
        Assert.Equal(HttpStatusCode.Forbidden, (await me.GetAsync($"{record}/allocation")).Status);
        var allocation = await clinic.As(lead).GetAsync($"{record}/allocation");
        Assert.True(
            allocation.Html.IndexOf("Marta Kowalska", StringComparison.Ordinal)
                < allocation.Html.IndexOf("Alex Morgan", StringComparison.Ordinal)
        );
        Assert.Contains("Speaks Polish", allocation.Html, StringComparison.Ordinal);
        await Redirected(
            clinic
                .As(lead)
                .SubmitAsync(
                    $"{record}/allocation",
                    new Dictionary<string, string> { ["ClinicianId"] = clinician.Id.ToString() }
                ),
            record
        );

        // The booking form offers the allocated clinician's free out-of-hours slots.
        var booking = await me.GetAsync($"{record}/appointments/new");
        Assert.Contains("Free slots of this clinician", booking.Html, StringComparison.Ordinal);
        Assert.Contains($"clinicianId={clinician.Id}", booking.Html, StringComparison.Ordinal);

        // Two treatment appointments, attended, each with a session and its measures.
        await SessionAsync(me, record, id, "18:30", phq9: "14", gad7: "10");
        Assert.Contains(id.ToString(), (await me.GetAsync("/clinic/caseload")).Html, StringComparison.Ordinal);
        await SessionAsync(me, record, id, "19:00", phq9: "6", gad7: "5");

        var shown = await me.GetAsync(record);
        Assert.Contains("Do not leave a voicemail", shown.Html, StringComparison.Ordinal);
        Assert.Contains("Never name the Hub in a message", shown.Html, StringComparison.Ordinal);
        Assert.Contains("<svg", shown.Html, StringComparison.Ordinal);
        Assert.Contains("Caseness 10", shown.Html, StringComparison.Ordinal);
        Assert.Contains("Caseness 8", shown.Html, StringComparison.Ordinal);
        Assert.Contains("▼ RI", shown.Html, StringComparison.Ordinal);
        Assert.Contains("Reliable improvement", shown.Html, StringComparison.Ordinal);
        Assert.Contains("Second session notes", shown.Html, StringComparison.Ordinal);

        // Discharge: end measures beside the first, then the journey ends and leaves the caseload.
        var discharge = await me.GetAsync($"{record}/discharge");
        Assert.Contains("-6: reliable improvement", discharge.Html, StringComparison.Ordinal);
        await Redirected(
            me.SubmitAsync(
                $"{record}/discharge",
                new Dictionary<string, string> { ["Reason"] = "Completed", ["Summary"] = "Goals met." }
            ),
            record
        );
        Assert.Contains("Discharged", (await me.GetAsync(record)).Html, StringComparison.Ordinal);
        Assert.DoesNotContain(id.ToString(), (await me.GetAsync("/clinic/caseload")).Html, StringComparison.Ordinal);

        // The hub lead sees who opened the record.
        var audit = await clinic.As(lead).GetAsync("/clinic/audit");
        Assert.Contains("journey-record", audit.Html, StringComparison.Ordinal);
        Assert.Contains("Alex Morgan", audit.Html, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> Assessment(string phq9) =>
        new()
        {
            ["Intervention"] = "Cbt",
            ["Formulation"] = "Worry about nights.",
            ["AgreedPlan"] = "Six sessions.",
            ["Phq9Total"] = phq9,
            ["Gad7Total"] = "11",
        };

    private async Task SessionAsync(PageClient me, string record, Guid id, string time, string phq9, string gad7)
    {
        await Redirected(
            me.SubmitAsync(
                $"{record}/appointments/new",
                new Dictionary<string, string>
                {
                    ["Purpose"] = "Treatment",
                    ["DateDay"] = NextWeek.Day.ToString(CultureInfo.InvariantCulture),
                    ["DateMonth"] = NextWeek.Month.ToString(CultureInfo.InvariantCulture),
                    ["DateYear"] = NextWeek.Year.ToString(CultureInfo.InvariantCulture),
                    ["Time"] = time,
                    ["DurationMinutes"] = "50",
                    ["Mode"] = "Phone",
                }
            ),
            record
        );
        await using var query = clinic.Store.QuerySession();
        var appointment = (await query.LoadAsync<Journey>(id))!.Appointments.Single(a =>
            a.State == AppointmentState.Booked
        );
        Assert.True(appointment.OutOfHours, "18:30 is outside the Hub's opening hours");
        clinic.Clock.Advance(TimeSpan.FromDays(8));
        await Redirected(
            me.SubmitAsync(
                $"{record}/appointments/{appointment.Id}",
                new Dictionary<string, string> { ["Outcome"] = "attended" },
                "Outcome"
            ),
            record
        );
        var notes = phq9 == "6" ? "Second session notes" : "First session notes";
        await Redirected(
            me.SubmitAsync(
                $"{record}/sessions/new",
                new Dictionary<string, string>
                {
                    ["Phq9Total"] = phq9,
                    ["Gad7Total"] = gad7,
                    ["Phq9Item9"] = "0",
                    ["Notes"] = notes,
                }
            ),
            record
        );
    }

    private static async Task Redirected(Task<PageResult> submitted, string to)
    {
        var result = await submitted;
        Assert.True(
            result.Status == HttpStatusCode.Redirect,
            $"Expected a redirect to {to}, got {(int)result.Status}: {Errors(result.Html)}"
        );
        Assert.Equal(to, result.Location?.ToString());
    }

    private static string Errors(string html)
    {
        var start = html.IndexOf("nhsuk-error-summary__list", StringComparison.Ordinal);
        return start < 0 ? html[..Math.Min(html.Length, 500)] : html[start..Math.Min(html.Length, start + 600)];
    }
}

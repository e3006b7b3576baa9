using Hubs.Web.Tests.Contact;

namespace Hubs.Web.Tests.Journeys;

/// <summary>
/// <c>POST …/appointments/{id}/reschedule</c> applies the booking's diary rules: a clash for the clinician or the
/// keyworker is refused even when confirmed; a time outside the keyworker's safe times, or a phone appointment for
/// someone who allowed no calls, is refused until sent again with <c>confirmWarnings</c>; the date limits hold.
/// </summary>
public sealed class RescheduleRulesTests(WebHostFixture web) : IClassFixture<WebHostFixture>
{
    private readonly Staff _clinician = Staff.Clinician();

    [Fact]
    public async Task A_move_onto_another_appointment_is_refused_for_the_clinician_and_for_the_keyworker()
    {
        var (journey, appointment, evening) = await BookedAsync();
        var other = await TriagedAsync();
        await other.OkAsync(
            _clinician,
            "appointments",
            new
            {
                purpose = "assessment",
                startsAt = evening.AddDays(1),
                durationMinutes = 50,
                mode = "video",
            }
        );
        var again = await journey.OkAsync(
            Staff.Lead(),
            "appointments",
            new
            {
                purpose = "assessment",
                startsAt = evening.AddDays(2),
                durationMinutes = 50,
                mode = "video",
                clinicianId = Guid.NewGuid(),
            }
        );
        Assert.NotEqual(Guid.Empty, again.GetProperty("appointmentId").GetGuid());

        await Problems.AssertRefusedAsync(
            await Move(journey, appointment, evening.AddDays(1).AddMinutes(20), confirm: true),
            "clinician-double-booked"
        );
        await Problems.AssertRefusedAsync(
            await Move(journey, appointment, evening.AddDays(2).AddMinutes(20), confirm: true),
            "client-double-booked"
        );
        Assert.True(
            (await Move(journey, appointment, evening.AddMinutes(30), confirm: false)).IsSuccessStatusCode,
            "Overlapping its own old time is no clash."
        );
    }

    [Fact]
    public async Task A_move_outside_safe_times_or_to_a_phone_call_they_did_not_allow_needs_confirming()
    {
        var (journey, appointment, evening) = await BookedAsync();
        var night = evening.AddDays(1).AddHours(-15);

        await Problems.AssertRefusedAsync(await Move(journey, appointment, night, confirm: false), "confirm-warnings");
        await Problems.AssertRefusedAsync(
            await Move(journey, appointment, evening.AddDays(1), confirm: false, mode: "phone"),
            "confirm-warnings"
        );
        Assert.True((await Move(journey, appointment, night, confirm: true)).IsSuccessStatusCode);
        await Problems.AssertRefusedAsync(
            await Move(journey, appointment, new DateTimeOffset(9999, 12, 1, 18, 0, 0, TimeSpan.Zero), confirm: true),
            "appointment-too-far-ahead"
        );
    }

    private Task<HttpResponseMessage> Move(
        JourneyClient journey,
        Guid appointment,
        DateTimeOffset startsAt,
        bool confirm,
        string mode = "video"
    ) =>
        journey.PostAsync(
            _clinician,
            $"appointments/{appointment}/reschedule",
            new
            {
                startsAt,
                mode,
                confirmWarnings = confirm,
            }
        );

    /// <summary>
    /// Someone safe on weekday evenings, by text only, with an assessment booked on a Tuesday evening.
    /// </summary>
    private async Task<(JourneyClient Journey, Guid Appointment, DateTimeOffset Evening)> BookedAsync()
    {
        var journey = await TriagedAsync(ContactJourney.Preferences(["text"], ["weekday-evenings"]));
        var evening = JourneySteps.NextLocal(web.Clock, DayOfWeek.Tuesday, 18);
        var booked = await journey.OkAsync(
            _clinician,
            "appointments",
            new
            {
                purpose = "assessment",
                startsAt = evening,
                durationMinutes = 50,
                mode = "video",
            }
        );
        return (journey, booked.GetProperty("appointmentId").GetGuid(), evening);
    }

    private async Task<JourneyClient> TriagedAsync(object? preferences = null)
    {
        var referral = Referrals.Valid();
        if (preferences is not null)
        {
            referral["contact"] = preferences;
        }

        var journey = await JourneyClient.SubmitAsync(web.Client, referral);
        await journey.OkAsync(_clinician, "triage", new { outcome = "assess", reason = "Fits the service." });
        return journey;
    }
}

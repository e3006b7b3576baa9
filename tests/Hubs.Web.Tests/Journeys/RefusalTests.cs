namespace Hubs.Web.Tests.Journeys;

/// <summary>Invalid transitions over HTTP: refused with a 422 problem naming the rule.</summary>
public class RefusalTests(WebHostFixture web) : IClassFixture<WebHostFixture>
{
    private readonly Staff _clinician = Staff.Clinician();
    private readonly Staff _lead = Staff.Lead();

    [Fact]
    public async Task After_discharge_nothing_more_can_be_booked_or_discharged()
    {
        var journey = await JourneySteps.TreatedAsync(web.Client, _clinician, _lead, 14, 12);
        await journey.OkAsync(_clinician, "discharge", new { reason = "dropped-out" });

        var booking = await journey.PostAsync(
            _clinician,
            "appointments",
            new
            {
                purpose = "treatment",
                startsAt = DateTimeOffset.UtcNow.AddDays(1),
                durationMinutes = 50,
                mode = "phone",
            }
        );
        var again = await journey.PostAsync(_clinician, "discharge", new { reason = "completed" });

        await Problems.AssertRefusedAsync(booking, "journey-ended");
        await Problems.AssertRefusedAsync(again, "journey-ended");
    }

    [Fact]
    public async Task A_session_before_assessment_is_refused_with_a_clear_problem()
    {
        var journey = await JourneyClient.SubmitAsync(web.Client);
        await journey.OkAsync(_clinician, "triage", new { outcome = "assess", reason = "Sleep problems." });

        var response = await journey.PostAsync(
            _clinician,
            "sessions",
            new
            {
                appointmentId = Guid.NewGuid(),
                phq9Total = 10,
                gad7Total = 8,
            }
        );

        await Problems.AssertRefusedAsync(response, "not-assessed");
    }

    [Fact]
    public async Task Appointment_times_are_checked_and_out_of_hours_is_the_hubs_call_not_the_callers()
    {
        var journey = await JourneySteps.TreatedAsync(web.Client, _clinician, _lead, 14, 12);
        var now = web.Clock.GetUtcNow();

        var past = await journey.PostAsync(
            _clinician,
            "appointments",
            new
            {
                purpose = "treatment",
                startsAt = now.AddHours(-1),
                durationMinutes = 50,
                mode = "phone",
            }
        );
        var endless = await journey.PostAsync(
            _clinician,
            "appointments",
            new
            {
                purpose = "treatment",
                startsAt = now.AddDays(1),
                durationMinutes = 600,
                mode = "phone",
            }
        );
        var claimed = await journey.OkAsync(
            _clinician,
            "appointments",
            new
            {
                purpose = "treatment",
                startsAt = JourneySteps.NextLocal(web.Clock, DayOfWeek.Monday, 10),
                durationMinutes = 50,
                mode = "phone",
                outOfHours = true,
            }
        );
        var early = await journey.PostAsync(
            _clinician,
            $"appointments/{claimed.GetProperty("appointmentId")}/attendance",
            new { attended = true }
        );

        await Problems.AssertRefusedAsync(past, "appointment-in-past");
        await Problems.AssertRefusedAsync(endless, "appointment-too-long");
        await Problems.AssertRefusedAsync(early, "appointment-not-started");
        var appointment = Assert.Single((await journey.GetAsync(_lead)).GetProperty("appointments").EnumerateArray());
        Assert.Equal(
            ("booked", false),
            (appointment.GetProperty("state").GetString(), appointment.GetProperty("outOfHours").GetBoolean())
        );
    }
}

namespace Hubs.Web.Tests.Journeys;

/// <summary>A keyworker's journey from self-referral to discharge, over HTTP against real PostgreSQL.</summary>
public class WholeJourneyTests(WebHostFixture web) : IClassFixture<WebHostFixture>
{
    private readonly Staff _clinician = Staff.Clinician();
    private readonly Staff _lead = Staff.Lead();

    [Fact]
    public async Task From_self_referral_through_treatment_to_discharge()
    {
        var journey = await JourneyClient.SubmitAsync(web.Client);
        await journey.OkAsync(
            null,
            "screening",
            new
            {
                phq9Total = 14,
                gad7Total = 12,
                risk = "none",
                takenBy = "keyworker",
            }
        );
        await journey.OkAsync(
            _clinician,
            "triage",
            new { outcome = "assess", reason = "Moderate low mood after a ward incident." }
        );
        var assessmentSlot = await journey.OkAsync(
            _clinician,
            "appointments",
            new
            {
                purpose = "assessment",
                startsAt = JourneySteps.NextLocal(web.Clock, DayOfWeek.Tuesday, 10),
                durationMinutes = 60,
                mode = "video",
            }
        );
        await JourneySteps.RecordAttendanceAsync(
            journey,
            _clinician,
            assessmentSlot.GetProperty("appointmentId").GetGuid(),
            web.Clock
        );
        await journey.OkAsync(
            _clinician,
            "assessment",
            new
            {
                intervention = "cbt",
                formulation = "Intrusive memories maintain avoidance.",
                agreedPlan = "Eight sessions of CBT.",
                phq9Total = 15,
                gad7Total = 13,
            }
        );
        await journey.OkAsync(_lead, "allocation", new { clinicianId = _clinician.Id });

        var first = await JourneySteps.BookTreatmentAsync(
            journey,
            _clinician,
            web.Clock,
            JourneySteps.NextLocal(web.Clock, DayOfWeek.Wednesday, 10)
        );
        await journey.OkAsync(
            _clinician,
            $"appointments/{first}/reschedule",
            new { startsAt = JourneySteps.NextLocal(web.Clock, DayOfWeek.Saturday, 10), mode = "in-person" }
        );
        await JourneySteps.RecordAttendanceAsync(journey, _clinician, first, web.Clock);
        await journey.OkAsync(
            _clinician,
            "sessions",
            new
            {
                appointmentId = first,
                phq9Total = 12,
                gad7Total = 10,
                notes = "Started a thought record.",
            }
        );
        var cancelled = await JourneySteps.BookTreatmentAsync(journey, _clinician, web.Clock);
        await journey.OkAsync(
            _clinician,
            $"appointments/{cancelled}/cancellation",
            new { by = "client", reason = "Shift changed." }
        );
        var missed = await JourneySteps.BookTreatmentAsync(journey, _clinician, web.Clock);
        await JourneySteps.RecordAttendanceAsync(journey, _clinician, missed, web.Clock, attended: false);
        var second = await JourneySteps.BookTreatmentAsync(
            journey,
            _clinician,
            web.Clock,
            JourneySteps.NextLocal(web.Clock, DayOfWeek.Thursday, 18)
        );
        await JourneySteps.RecordAttendanceAsync(journey, _clinician, second, web.Clock);
        await journey.OkAsync(
            _clinician,
            "sessions",
            new
            {
                appointmentId = second,
                phq9Total = 8,
                gad7Total = 7,
            }
        );
        await journey.OkAsync(_clinician, "discharge", new { reason = "completed", summary = "Goals met." });

        var detail = await journey.GetAsync(_clinician);
        Assert.Equal("discharged", detail.GetProperty("status").GetString());
        Assert.Equal(journey.Version, detail.GetProperty("version").GetInt64());
        Assert.StartsWith(
            "Name",
            detail.GetProperty("person").GetProperty("name").GetString(),
            StringComparison.Ordinal
        );
        var timeline = detail
            .GetProperty("timeline")
            .EnumerateArray()
            .Select(e => e.GetProperty("event").GetString())
            .ToList();
        Assert.Equal("self_referral_submitted".Replace('_', '-'), timeline[0]);
        Assert.Equal("client-discharged", timeline[^1]);
        Assert.Contains(detail.GetProperty("timeline").EnumerateArray(), e =>
            e.GetProperty("note").ToString().Contains("Eight sessions of CBT.")
        );
        var states = detail
            .GetProperty("appointments")
            .EnumerateArray()
            .Select(a => a.GetProperty("state").GetString())
            .ToList();
        Assert.Equal(["attended", "attended", "cancelled-by-client", "not-attended", "attended"], states);
        var outOfHours = detail
            .GetProperty("appointments")
            .EnumerateArray()
            .Select(a => a.GetProperty("outOfHours").GetBoolean())
            .ToList();
        Assert.Equal([false, true, false, false, true], outOfHours);
    }

    [Fact]
    public async Task Measures_mark_reliable_change_against_the_first_score()
    {
        var journey = await JourneySteps.TreatedAsync(
            web.Client,
            _clinician,
            _lead,
            screeningPhq9: 14,
            screeningGad7: 12
        );
        var appointment = await JourneySteps.BookTreatmentAsync(journey, _clinician, web.Clock);
        await JourneySteps.RecordAttendanceAsync(journey, _clinician, appointment, web.Clock);
        await journey.OkAsync(
            _clinician,
            "sessions",
            new
            {
                appointmentId = appointment,
                phq9Total = 8,
                gad7Total = 9,
            }
        );

        var points = (await journey.GetAsync(_clinician, "/measures")).EnumerateArray().ToList();

        Assert.Equal(["screening", "assessment", "session"], points.Select(p => p.GetProperty("occasion").GetString()));
        var last = points[^1];
        Assert.Equal(
            (-6, "reliable-improvement"),
            (
                last.GetProperty("phq9").GetProperty("changeFromFirst").GetInt32(),
                last.GetProperty("phq9").GetProperty("change").GetString()
            )
        );
        Assert.Equal(
            (-3, "none"),
            (
                last.GetProperty("gad7").GetProperty("changeFromFirst").GetInt32(),
                last.GetProperty("gad7").GetProperty("change").GetString()
            )
        );
    }
}

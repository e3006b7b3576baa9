using System.Net;
using System.Text.Json;

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
        await journey.OkAsync(null, "screening", new { phq9Total = 14, gad7Total = 12, risk = "none", takenBy = "keyworker" });
        await journey.OkAsync(_clinician, "triage", new { outcome = "assess", reason = "Moderate low mood after a ward incident." });
        var assessmentSlot = await journey.OkAsync(_clinician, "appointments", new { purpose = "assessment", startsAt = DateTimeOffset.UtcNow.AddDays(2), durationMinutes = 60, mode = "video", outOfHours = false });
        await journey.OkAsync(_clinician, $"appointments/{assessmentSlot.GetProperty("appointmentId")}/attendance", new { attended = true });
        await journey.OkAsync(_clinician, "assessment", new { intervention = "cbt", formulation = "Intrusive memories maintain avoidance.", agreedPlan = "Eight sessions of CBT.", phq9Total = 15, gad7Total = 13 });
        await journey.OkAsync(_lead, "allocation", new { clinicianId = _clinician.Id });

        var first = await BookTreatmentAsync(journey, outOfHours: true);
        await journey.OkAsync(_clinician, $"appointments/{first}/reschedule", new { startsAt = DateTimeOffset.UtcNow.AddDays(8), mode = "in-person", outOfHours = true });
        await journey.OkAsync(_clinician, $"appointments/{first}/attendance", new { attended = true });
        await journey.OkAsync(_clinician, "sessions", new { appointmentId = first, phq9Total = 12, gad7Total = 10, notes = "Started a thought record." });
        var cancelled = await BookTreatmentAsync(journey);
        await journey.OkAsync(_clinician, $"appointments/{cancelled}/cancellation", new { by = "client", reason = "Shift changed." });
        var missed = await BookTreatmentAsync(journey);
        await journey.OkAsync(_clinician, $"appointments/{missed}/attendance", new { attended = false });
        var second = await BookTreatmentAsync(journey);
        await journey.OkAsync(_clinician, $"appointments/{second}/attendance", new { attended = true });
        await journey.OkAsync(_clinician, "sessions", new { appointmentId = second, phq9Total = 8, gad7Total = 7 });
        await journey.OkAsync(_clinician, "discharge", new { reason = "completed", summary = "Goals met." });

        var detail = await journey.GetAsync(_clinician);
        Assert.Equal("discharged", detail.GetProperty("status").GetString());
        Assert.Equal(journey.Version, detail.GetProperty("version").GetInt64());
        Assert.StartsWith("Name", detail.GetProperty("person").GetProperty("name").GetString(), StringComparison.Ordinal);
        var timeline = detail.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("event").GetString()).ToList();
        Assert.Equal("self_referral_submitted".Replace('_', '-'), timeline[0]);
        Assert.Equal("client-discharged", timeline[^1]);
        Assert.Contains(detail.GetProperty("timeline").EnumerateArray(), e => e.GetProperty("note").ToString().Contains("Eight sessions of CBT."));
        var states = detail.GetProperty("appointments").EnumerateArray().Select(a => a.GetProperty("state").GetString()).ToList();
        Assert.Equal(["attended", "attended", "cancelled-by-client", "not-attended", "attended"], states);
        Assert.True(detail.GetProperty("appointments")[1].GetProperty("outOfHours").GetBoolean());
    }

    [Fact]
    public async Task Measures_mark_reliable_change_against_the_first_score()
    {
        var journey = await TreatedJourneyAsync(screeningPhq9: 14, screeningGad7: 12);
        var appointment = await BookTreatmentAsync(journey);
        await journey.OkAsync(_clinician, $"appointments/{appointment}/attendance", new { attended = true });
        await journey.OkAsync(_clinician, "sessions", new { appointmentId = appointment, phq9Total = 8, gad7Total = 9 });

        var points = (await journey.GetAsync(_clinician, "/measures")).EnumerateArray().ToList();

        Assert.Equal(["screening", "assessment", "session"], points.Select(p => p.GetProperty("occasion").GetString()));
        var last = points[^1];
        Assert.Equal((-6, "reliable-improvement"), (last.GetProperty("phq9").GetProperty("changeFromFirst").GetInt32(), last.GetProperty("phq9").GetProperty("change").GetString()));
        Assert.Equal((-3, "none"), (last.GetProperty("gad7").GetProperty("changeFromFirst").GetInt32(), last.GetProperty("gad7").GetProperty("change").GetString()));
    }

    [Fact]
    public async Task After_discharge_nothing_more_can_be_booked_or_discharged()
    {
        var journey = await TreatedJourneyAsync(14, 12);
        await journey.OkAsync(_clinician, "discharge", new { reason = "dropped-out" });

        var booking = await journey.PostAsync(_clinician, "appointments", new { purpose = "treatment", startsAt = DateTimeOffset.UtcNow.AddDays(1), durationMinutes = 50, mode = "phone", outOfHours = false });
        var again = await journey.PostAsync(_clinician, "discharge", new { reason = "completed" });

        await AssertRefusedAsync(booking, "journey-ended");
        await AssertRefusedAsync(again, "journey-ended");
    }

    [Fact]
    public async Task A_session_before_assessment_is_refused_with_a_clear_problem()
    {
        var journey = await JourneyClient.SubmitAsync(web.Client);
        await journey.OkAsync(_clinician, "triage", new { outcome = "assess", reason = "Sleep problems." });

        var response = await journey.PostAsync(_clinician, "sessions", new { appointmentId = Guid.NewGuid(), phq9Total = 10, gad7Total = 8 });

        await AssertRefusedAsync(response, "not-assessed");
    }

    internal static async Task AssertRefusedAsync(HttpResponseMessage response, string code)
    {
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(code, problem.GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
    }

    private async Task<JourneyClient> TreatedJourneyAsync(int screeningPhq9, int screeningGad7)
    {
        var journey = await JourneyClient.SubmitAsync(web.Client);
        await journey.OkAsync(null, "screening", new { phq9Total = screeningPhq9, gad7Total = screeningGad7, risk = "none", takenBy = "clinician-by-phone" });
        await journey.OkAsync(_clinician, "triage", new { outcome = "assess", reason = "Fits the service." });
        await journey.OkAsync(_clinician, "assessment", new { intervention = "guided-self-help", formulation = "Worry.", agreedPlan = "Six sessions.", phq9Total = 13, gad7Total = 11 });
        await journey.OkAsync(_lead, "allocation", new { clinicianId = _clinician.Id });
        return journey;
    }

    private async Task<Guid> BookTreatmentAsync(JourneyClient journey, bool outOfHours = false)
    {
        var booked = await journey.OkAsync(_clinician, "appointments", new { purpose = "treatment", startsAt = DateTimeOffset.UtcNow.AddDays(7), durationMinutes = 50, mode = "phone", outOfHours });
        return booked.GetProperty("appointmentId").GetGuid();
    }
}

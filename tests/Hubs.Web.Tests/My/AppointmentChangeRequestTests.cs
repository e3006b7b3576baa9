using System.Net;
using Hubs.Testing.Auth;
using Hubs.Web.Tests.Journeys;

namespace Hubs.Web.Tests.My;

/// <summary>
/// The keyworker's request to move or cancel an appointment over HTTP: staff see it, nobody else can make it.
/// </summary>
public sealed class AppointmentChangeRequestTests(WebHostFixture web) : IClassFixture<WebHostFixture>
{
    private readonly Staff _clinician = Staff.Clinician();

    private async Task<(JourneyClient Journey, Guid AppointmentId)> BookedAsync()
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
        await journey.OkAsync(_clinician, "triage", new { outcome = "assess", reason = "Fits the service." });
        var booked = await journey.OkAsync(
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
        return (journey, booked.GetProperty("appointmentId").GetGuid());
    }

    [Fact]
    public async Task Staff_see_the_request_and_its_reason_on_the_journey_while_the_appointment_stays_booked()
    {
        var (journey, appointmentId) = await BookedAsync();
        await journey.OkAsync(
            null,
            $"appointments/{appointmentId}/change-request",
            new { kind = "cancel", reason = "My rota changed, sorry." }
        );

        var detail = await journey.GetAsync(Staff.Lead());
        var appointment = detail.GetProperty("appointments")[0];
        Assert.Equal("booked", appointment.GetProperty("state").GetString());
        Assert.Equal("cancel", appointment.GetProperty("changeRequested").GetString());
        var entry = detail.GetProperty("timeline").EnumerateArray().Last();
        Assert.Equal("appointment-change-requested", entry.GetProperty("event").GetString());
        Assert.Equal("My rota changed, sorry. — The keyworker asks to cancel", entry.GetProperty("note").GetString());
        Assert.Equal(
            0,
            await web.Database.CountAsync(
                "SELECT count(*) FROM clinical.mt_events WHERE stream_id "
                    + $"= '{journey.Id}' AND data::text LIKE '%rota changed%'"
            )
        );
    }

    [Fact]
    public async Task Another_keyworker_cannot_ask_about_someone_elses_appointment()
    {
        var (journey, appointmentId) = await BookedAsync();
        using var request = new HttpRequestMessage(
            HttpMethod.Post,
            $"/api/journeys/{journey.Id}/appointments/{appointmentId}/change-request"
        )
        {
            Content = System.Net.Http.Json.JsonContent.Create(new { kind = "reschedule" }),
        }.SignedAs(TestPrincipal.Keyworker());
        request.Headers.TryAddWithoutValidation("If-Match", $"\"{journey.Version}\"");

        Assert.Equal(HttpStatusCode.NotFound, (await web.Client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task A_request_without_a_kind_is_a_validation_problem()
    {
        var (journey, appointmentId) = await BookedAsync();
        var response = await journey.PostAsync(
            null,
            $"appointments/{appointmentId}/change-request",
            new { reason = "Whatever suits." }
        );
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}

using System.Net.Http.Json;
using System.Text.Json;
using Hubs.Web.Features.Privacy;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Web.Tests.Journeys;

/// <summary>
/// Recording a session reads the journey and everything the write needs in one round trip and saves in one: the
/// read models it folds (caseload, measure history, appointments, summary) are read with the journey, not loaded
/// again one by one at save (benchmarks/SCALE.md, the write path). Round trips are counted from Npgsql's activities
/// under the request's own trace; and what the pages read straight after shows the session.
/// </summary>
public class SessionRoundTripTests(WebHostFixture web) : IClassFixture<WebHostFixture>
{
    private readonly Staff _clinician = Staff.Clinician();
    private readonly Staff _lead = Staff.Lead();

    [Fact]
    public async Task A_session_is_read_in_one_round_trip_and_saved_in_one()
    {
        var journey = await JourneySteps.TreatedAsync(web.Client, _clinician, _lead, 14, 12);
        var appointment = await JourneySteps.BookTreatmentAsync(journey, _clinician, web.Clock);
        await JourneySteps.RecordAttendanceAsync(journey, _clinician, appointment, web.Clock);
        // The journey's data key no longer cached (as for most sessions: a week apart): it is read with the journey.
        web.Host.Services.GetRequiredService<KeyworkerKeys>().Forget([journey.Id]);
        using var trips = new RoundTripLog();

        using var request = _clinician.Request(
            HttpMethod.Post,
            $"/api/journeys/{journey.Id}/sessions",
            new
            {
                appointmentId = appointment,
                phq9Total = 9,
                gad7Total = 8,
                notes = "Practised the breathing exercise.",
            },
            journey.Version
        );
        request.Headers.Add("traceparent", trips.TraceParent);
        using var response = await web.Client.SendAsync(request);

        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        // The journey with the caller's grants, the Hub's settings, the read models and the data key; then the save.
        Assert.True(trips.Count == 2, trips.ToString());
        var measures = await journey.GetAsync(_clinician, "/measures");
        Assert.Contains(measures.EnumerateArray(), p => p.GetProperty("occasion").GetString() == "session");
        using var caseload = _clinician.Request(HttpMethod.Get, $"/api/caseload?clinicianId={_clinician.Id}");
        using var listed = await web.Client.SendAsync(caseload);
        var entries = await listed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains(entries.EnumerateArray(), e =>
            e.GetProperty("id").GetGuid() == journey.Id && e.GetProperty("sessionsRecorded").GetInt32() == 1
        );
    }
}

using System.Net.Http.Json;
using System.Text.Json;

namespace Hubs.Web.Tests.Journeys;

/// <summary>The Hub's triage queue, waiting list and a clinician's caseload, as staff read them.</summary>
public class QueueTests(WebHostFixture web) : IClassFixture<WebHostFixture>
{
    [Fact]
    public async Task Triage_puts_raised_risk_first_then_the_longest_wait_and_drops_triaged_referrals()
    {
        var clinician = Staff.Clinician("south");
        var older = await JourneyClient.SubmitAsync(web.Client, Referrals.Valid("south"));
        var newer = await JourneyClient.SubmitAsync(web.Client, Referrals.Valid("south"));
        var atRisk = await JourneyClient.SubmitAsync(web.Client, Referrals.Valid("south"));
        var triaged = await JourneyClient.SubmitAsync(web.Client, Referrals.Valid("south"));
        await atRisk.OkAsync(
            null,
            "screening",
            new
            {
                phq9Total = 19,
                risk = "urgent",
                takenBy = "keyworker",
            }
        );
        await triaged.OkAsync(clinician, "triage", new { outcome = "not-suitable", reason = "Needs a crisis team." });

        var queue = await ListAsync(clinician, "/api/triage?hubId=south");

        Assert.Equal([atRisk.Id, older.Id, newer.Id], queue.Select(q => q.GetProperty("journeyId").GetGuid()));
        Assert.Equal("urgent", queue[0].GetProperty("risk").GetString());
    }

    [Fact]
    public async Task Waiting_list_and_caseload_follow_allocation_and_the_first_treatment()
    {
        var (clinician, lead) = (Staff.Clinician(), Staff.Lead());
        var journey = await JourneyClient.SubmitAsync(web.Client);
        await journey.OkAsync(clinician, "triage", new { outcome = "assess", reason = "Fits." });
        Assert.Equal("assessment", (await WaitingAsync(lead, journey.Id))?.GetProperty("waitingFor").GetString());
        await journey.OkAsync(
            clinician,
            "assessment",
            new
            {
                intervention = "cbt",
                formulation = "F.",
                agreedPlan = "P.",
                phq9Total = 12,
                gad7Total = 10,
            }
        );
        await journey.OkAsync(lead, "allocation", new { clinicianId = clinician.Id });

        var waiting = await WaitingAsync(lead, journey.Id);
        Assert.Equal(
            ("treatment", 0),
            (waiting?.GetProperty("waitingFor").GetString(), waiting?.GetProperty("daysWaited").GetInt32())
        );
        Assert.Contains(await ListAsync(clinician, $"/api/caseload?clinicianId={clinician.Id}"), e =>
            e.GetProperty("id").GetGuid() == journey.Id
        );

        var booked = await JourneySteps.BookTreatmentAsync(journey, clinician, web.Clock);
        await JourneySteps.RecordAttendanceAsync(journey, clinician, booked, web.Clock);
        Assert.Null(await WaitingAsync(lead, journey.Id));
    }

    private async Task<JsonElement?> WaitingAsync(Staff staff, Guid journeyId) =>
        (await ListAsync(staff, $"/api/waiting-list?hubId={staff.HubId}"))
            .Cast<JsonElement?>()
            .SingleOrDefault(e => e!.Value.GetProperty("journeyId").GetGuid() == journeyId);

    private async Task<List<JsonElement>> ListAsync(Staff staff, string uri)
    {
        var response = await web.Client.SendAsync(staff.Request(HttpMethod.Get, uri));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray().ToList();
    }
}

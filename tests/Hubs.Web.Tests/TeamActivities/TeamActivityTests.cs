using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hubs.Web.Features.TeamActivities;
using Hubs.Web.Tests.Journeys;

namespace Hubs.Web.Tests.TeamActivities;

public class TeamActivityDecisionTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static TeamActivity Planned() =>
        TeamActivity.Create(
            TeamActivityDecisions.Plan(
                new PlanTeamActivity(TeamActivityKind.ReflectiveGroup, " Ward 7 ", Now.AddDays(2), 90, Guid.NewGuid()),
                Guid.NewGuid(),
                "north",
                Now
            )
        );

    [Fact]
    public void A_held_activity_records_only_a_head_count()
    {
        var held = Assert.IsType<TeamActivityHeld>(
            Assert.Single(TeamActivityDecisions.RecordHeld(Planned(), new(12), Now).Events)
        );
        Assert.Equal(12, held.AttendanceCount);
        Assert.Equal("Ward 7", Planned().Team);
    }

    [Fact]
    public void An_activity_is_held_or_cancelled_once()
    {
        var held = Planned().Apply(new TeamActivityHeld(Guid.NewGuid(), Now, 5));
        var cancelled = Planned().Apply(new TeamActivityCancelled(Guid.NewGuid(), Now));
        Assert.Equal("activity-closed", TeamActivityDecisions.RecordHeld(held, new(6), Now).Refusal?.Code);
        Assert.Equal("activity-closed", TeamActivityDecisions.Cancel(held, Now).Refusal?.Code);
        Assert.Equal("activity-closed", TeamActivityDecisions.RecordHeld(cancelled, new(6), Now).Refusal?.Code);
    }
}

public class TeamActivityEndpointTests(WebHostFixture web) : IClassFixture<WebHostFixture>
{
    [Fact]
    public async Task A_lead_plans_a_workshop_records_the_attendance_and_sees_it_listed_for_the_hub()
    {
        var lead = Staff.Lead();
        var facilitator = Guid.NewGuid();
        var planned = await web.Client.SendAsync(
            lead.Request(
                HttpMethod.Post,
                "/api/team-activities",
                new
                {
                    kind = "resilience-workshop",
                    team = "Emergency department",
                    startsAt = DateTimeOffset.UtcNow.AddDays(1),
                    durationMinutes = 120,
                    facilitatorId = facilitator,
                }
            )
        );
        Assert.Equal(HttpStatusCode.Created, planned.StatusCode);
        var id = (await planned.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var held = await web.Client.SendAsync(
            lead.Request(HttpMethod.Post, $"/api/team-activities/{id}/held", new { attendanceCount = 14 }, version: 1)
        );
        var again = await web.Client.SendAsync(
            lead.Request(HttpMethod.Post, $"/api/team-activities/{id}/cancellation", new { }, version: 2)
        );
        var otherHub = await web.Client.SendAsync(
            Staff.Lead("south").Request(HttpMethod.Post, $"/api/team-activities/{id}/cancellation", new { }, version: 2)
        );

        Assert.Equal(HttpStatusCode.OK, held.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherHub.StatusCode);
        var list = await web.Client.SendAsync(lead.Request(HttpMethod.Get, "/api/team-activities?hubId=north"));
        var activity = (await list.Content.ReadFromJsonAsync<JsonElement>())
            .EnumerateArray()
            .Single(a => a.GetProperty("id").GetGuid() == id);
        Assert.Equal(
            ("held", 14, facilitator),
            (
                activity.GetProperty("status").GetString(),
                activity.GetProperty("attendanceCount").GetInt32(),
                activity.GetProperty("facilitatorId").GetGuid()
            )
        );
    }
}

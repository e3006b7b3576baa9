using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hubs.Testing.Auth;
using Hubs.Web.Tests.Clinic;

namespace Hubs.Web.Tests.AdverseEvents;

/// <summary>The lead logs and assigns; the assigned peer supporter, and nobody else, records the response.</summary>
public sealed class AdverseEventEndpointTests(ClinicFixture clinic) : IClassFixture<ClinicFixture>
{
    private HttpClient Client => clinic.App.CreateClient();

    private static Staff Peer(Guid account, string hubId = "north") => new(account, "peer-supporter", hubId);

    [Fact]
    public async Task A_peer_supporter_sees_and_writes_only_the_events_assigned_to_them()
    {
        var lead = Staff.Lead();
        var mine = Peer(Guid.NewGuid());
        var colleague = Peer(Guid.NewGuid());
        var adverse = await PeerSupportArrange.AssignedEventAsync(Client, lead, mine.Id);
        await PeerSupportArrange.AssignedEventAsync(Client, lead, colleague.Id);
        var contact = new { contactedAt = clinic.Clock.GetUtcNow() };

        var mineList = await ListAsync(mine);
        var byColleague = await Client.SendAsync(
            colleague.Request(HttpMethod.Post, $"/api/adverse-events/{adverse}/first-contact", contact, version: 2)
        );
        var byOtherHub = await Client.SendAsync(
            Peer(mine.Id, "south")
                .Request(HttpMethod.Post, $"/api/adverse-events/{adverse}/first-contact", contact, version: 2)
        );
        var byMe = await Client.SendAsync(
            mine.Request(HttpMethod.Post, $"/api/adverse-events/{adverse}/first-contact", contact, version: 2)
        );

        Assert.Equal(adverse, Assert.Single(mineList).GetProperty("id").GetGuid());
        Assert.Equal(HttpStatusCode.NotFound, byColleague.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byOtherHub.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byMe.StatusCode);
        Assert.Empty(await ListAsync(Peer(mine.Id, "south")));
    }

    [Fact]
    public async Task A_peer_supporter_is_refused_every_journey_caseload_and_lead_endpoint()
    {
        var peer = Peer(Guid.NewGuid());
        string[] paths =
        [
            "/api/caseload",
            "/api/triage",
            $"/api/journeys/{Guid.NewGuid()}",
            "/api/adverse-events",
            "/api/peer-supporters",
            "/api/team-activities?hubId=north",
        ];

        foreach (var path in paths)
        {
            var response = await Client.SendAsync(peer.Request(HttpMethod.Get, path));
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{path}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task The_lead_sees_first_contact_overdue_once_the_clock_passes_the_hubs_target()
    {
        var lead = Staff.Lead("south");
        var settings = await Client.SendAsync(
            lead.Request(
                HttpMethod.Put,
                "/api/adverse-events/settings",
                new { firstContactTargetHours = 24, followUpDays = new[] { 7, 30 } }
            )
        );
        settings.EnsureSuccessStatusCode();
        var adverse = await PeerSupportArrange.AssignedEventAsync(Client, lead, Guid.NewGuid());

        var before = Row(await LeadListAsync(lead), adverse);
        clinic.Clock.Advance(TimeSpan.FromHours(25));
        var after = Row(await LeadListAsync(lead), adverse);

        Assert.Equal(
            ("first-contact", false),
            (
                before.GetProperty("next").GetProperty("step").GetString(),
                before.GetProperty("next").GetProperty("overdue").GetBoolean()
            )
        );
        Assert.True(after.GetProperty("next").GetProperty("overdue").GetBoolean());
    }

    [Fact]
    public async Task Only_an_available_peer_supporter_is_assigned_and_bad_input_is_a_problem_not_a_500()
    {
        var lead = Staff.Lead();
        var supporter = await PeerSupportArrange.RegisterAsync(Client, lead, Guid.NewGuid(), "Sam Away");
        var adverse = await PeerSupportArrange.LogAsync(Client, lead);
        var away = await Client.SendAsync(
            lead.Request(
                HttpMethod.Post,
                $"/api/peer-supporters/{supporter}/availability",
                new { available = false },
                version: 1
            )
        );
        var assigned = await Client.SendAsync(
            lead.Request(
                HttpMethod.Post,
                $"/api/adverse-events/{adverse}/assignment",
                new { peerSupporterId = supporter },
                version: 1
            )
        );
        var named = await Client.SendAsync(
            lead.Request(
                HttpMethod.Post,
                "/api/adverse-events",
                new
                {
                    department = "Dr Patel's team",
                    occurredOn = "2026-11-01",
                    staffInvolved = 2,
                }
            )
        );
        var otherHub = await Client.SendAsync(
            Staff
                .Lead("south")
                .Request(
                    HttpMethod.Post,
                    $"/api/adverse-events/{adverse}/assignment",
                    new { peerSupporterId = supporter },
                    version: 1
                )
        );

        Assert.Equal(HttpStatusCode.OK, away.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, assigned.StatusCode);
        Assert.Contains(
            "peer-supporter-unavailable",
            await assigned.Content.ReadAsStringAsync(),
            StringComparison.Ordinal
        );
        Assert.Equal(HttpStatusCode.BadRequest, named.StatusCode);
        Assert.Contains("no names or titles", await named.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, otherHub.StatusCode);
    }

    [Theory]
    [InlineData("fire", HttpStatusCode.Created)]
    [InlineData(null, HttpStatusCode.Created)]
    [InlineData("banking", HttpStatusCode.BadRequest)]
    public async Task The_departments_sector_is_a_code_from_the_list_or_left_out(string? sector, HttpStatusCode status)
    {
        var logged = await Client.SendAsync(
            Staff
                .Lead()
                .Request(
                    HttpMethod.Post,
                    "/api/adverse-events",
                    new
                    {
                        department = "Ward 7",
                        occurredOn = DateOnly.FromDateTime(clinic.Clock.GetUtcNow().UtcDateTime).AddDays(-1),
                        staffInvolved = 2,
                        sector,
                    }
                )
        );

        Assert.Equal(status, logged.StatusCode);
        if (status == HttpStatusCode.BadRequest)
        {
            Assert.Equal("application/problem+json", logged.Content.Headers.ContentType?.MediaType);
        }
    }

    private async Task<List<JsonElement>> ListAsync(Staff peer) =>
        (await Client.SendAsync(peer.Request(HttpMethod.Get, "/api/peer-support/events")))
            .EnsureSuccessStatusCode()
            .Content.ReadFromJsonAsync<List<JsonElement>>()
            .Result!;

    private async Task<List<JsonElement>> LeadListAsync(Staff lead) =>
        (
            await (
                await Client.SendAsync(lead.Request(HttpMethod.Get, "/api/adverse-events"))
            ).Content.ReadFromJsonAsync<List<JsonElement>>()
        )!;

    private static JsonElement Row(List<JsonElement> rows, Guid id) =>
        rows.Single(r => r.GetProperty("id").GetGuid() == id);
}

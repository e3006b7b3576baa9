using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hubs.Web.Features.GroupSupport;
using Hubs.Web.Tests.AdverseEvents;
using Hubs.Web.Tests.Clinic;
using Marten;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Hubs.Web.Tests.GroupSupport;

/// <summary>
/// Group series over HTTP against PostgreSQL: versions and problems on every write, another Hub's series not found,
/// a peer supporter reaching only the series they facilitate, and no name stored without the member's consent.
/// </summary>
public sealed class GroupSeriesEndpointTests(ClinicFixture clinic) : IClassFixture<ClinicFixture>
{
    private HttpClient Client => clinic.App.CreateClient();

    private static Staff Peer(Guid account, string hubId = "north") => new(account, "peer-supporter", hubId);

    [Fact]
    public async Task A_lead_starts_a_series_and_records_a_meeting_with_versions_and_plain_problems()
    {
        var lead = Staff.Lead();
        var tooSmall = await Client.SendAsync(
            lead.Request(HttpMethod.Post, "/api/group-series", new { kind = "clinical-cafe", minSize = 1 })
        );
        using var started = await Client.SendAsync(
            lead.Request(HttpMethod.Post, "/api/group-series", GroupSeriesArrange.Series())
        );
        var id = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var meeting = await GroupSeriesArrange.ScheduleAsync(
            Client,
            lead,
            id,
            clinic.Clock.GetUtcNow().AddHours(-1),
            1
        );
        var held = $"/api/group-series/{id}/meetings/{meeting}/held";

        var stale = await Client.SendAsync(lead.Request(HttpMethod.Post, held, new { attendanceCount = 4 }, 1));
        var noVersion = await Client.SendAsync(lead.Request(HttpMethod.Post, held, new { attendanceCount = 4 }));
        var tooMany = await Client.SendAsync(lead.Request(HttpMethod.Post, held, new { attendanceCount = 9 }, 2));
        var otherHub = await Client.SendAsync(Staff.Lead("south").Request(HttpMethod.Get, $"/api/group-series/{id}"));
        var recorded = await Client.SendAsync(
            lead.Request(HttpMethod.Post, held, new { attendanceCount = 4, groundRulesAgreed = true }, 2)
        );

        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        Assert.Equal("\"1\"", started.Headers.ETag?.Tag);
        Assert.Equal(HttpStatusCode.BadRequest, tooSmall.StatusCode);
        var errors = (await tooSmall.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal("The smallest group is 2 to 12 members.", errors.GetProperty("minSize")[0].GetString());
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionRequired, noVersion.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooMany.StatusCode);
        Assert.Equal("application/problem+json", tooMany.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, otherHub.StatusCode);
        Assert.Equal(HttpStatusCode.OK, recorded.StatusCode);
        Assert.Equal("\"4\"", recorded.Headers.ETag?.Tag);
    }

    [Fact]
    public async Task No_name_is_stored_unless_the_member_agreed_to_be_named()
    {
        var lead = Staff.Lead();
        var id = await GroupSeriesArrange.StartAsync(Client, lead);
        var first = await GroupSeriesArrange.ScheduleAsync(Client, lead, id, clinic.Clock.GetUtcNow().AddDays(-8), 1);
        var second = await GroupSeriesArrange.ScheduleAsync(Client, lead, id, clinic.Clock.GetUtcNow().AddDays(-1), 2);

        var unconsented = await Client.SendAsync(
            lead.Request(
                HttpMethod.Post,
                $"/api/group-series/{id}/meetings/{first}/held",
                new { attendanceCount = 4, namedWithConsent = new[] { "Ana Unconsenting" } },
                3
            )
        );
        var countOnly = await Client.SendAsync(
            lead.Request(
                HttpMethod.Post,
                $"/api/group-series/{id}/meetings/{first}/held",
                new { attendanceCount = 4 },
                3
            )
        );
        var consented = await Client.SendAsync(
            lead.Request(
                HttpMethod.Post,
                $"/api/group-series/{id}/meetings/{second}/held",
                new
                {
                    attendanceCount = 3,
                    namedWithConsent = new[] { "Ben Consenting" },
                    everyoneNamedConsented = true,
                },
                4
            )
        );

        Assert.Equal(HttpStatusCode.BadRequest, unconsented.StatusCode);
        Assert.Equal(HttpStatusCode.OK, countOnly.StatusCode);
        Assert.Equal(HttpStatusCode.OK, consented.StatusCode);
        await using var session = clinic.Store.QuerySession();
        var events = await session.Events.FetchStreamAsync(id);
        var stored =
            string.Join('\n', events.Select(e => JsonSerializer.Serialize(e.Data, e.Data.GetType())))
            + await session.Json.FindByIdAsync<GroupSeries>(id);
        Assert.DoesNotContain("Ana Unconsenting", stored, StringComparison.Ordinal);
        Assert.Contains("Ben Consenting", stored, StringComparison.Ordinal);
        var series = (await session.LoadAsync<GroupSeries>(id))!;
        Assert.Empty(series.Meeting(first)!.NamedWithConsent);
        Assert.Equal(["Ben Consenting"], series.Meeting(second)!.NamedWithConsent);
    }

    [Fact]
    public async Task A_peer_supporter_sees_and_records_only_the_series_they_facilitate()
    {
        var lead = Staff.Lead();
        var mine = Peer(Guid.NewGuid());
        var colleague = Peer(Guid.NewGuid());
        var register = await PeerSupportArrange.RegisterAsync(Client, lead, mine.Id, "Sam Peer");
        await PeerSupportArrange.RegisterAsync(Client, lead, colleague.Id, "Kim Peer");
        var id = await GroupSeriesArrange.StartAsync(
            Client,
            lead,
            GroupSeriesArrange.Series("peer-supporter", register)
        );
        await GroupSeriesArrange.StartAsync(Client, lead);
        var meeting = await GroupSeriesArrange.ScheduleAsync(
            Client,
            lead,
            id,
            clinic.Clock.GetUtcNow().AddHours(-2),
            1
        );
        var held = $"/api/peer-support/group-series/{id}/meetings/{meeting}/held";

        var byColleague = await Client.SendAsync(
            colleague.Request(HttpMethod.Post, held, new { attendanceCount = 3 }, 2)
        );
        var byOtherHub = await Client.SendAsync(
            Peer(mine.Id, "south").Request(HttpMethod.Post, held, new { attendanceCount = 3 }, 2)
        );
        var byMe = await Client.SendAsync(mine.Request(HttpMethod.Post, held, new { attendanceCount = 3 }, 2));
        using var opened = await Client.SendAsync(
            mine.Request(HttpMethod.Post, $"/api/peer-support/group-series/{id}/meetings/{meeting}/rating", new { }, 3)
        );
        var code = (await opened.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!;
        var anonymous = new PageClient(
            clinic.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false })
        );
        var rated = await anonymous.SubmitAsync(
            $"/rate/{code}",
            new Dictionary<string, string> { ["Value"] = "Very", ["Safe"] = "Yes" }
        );

        Assert.Equal(id, Assert.Single(await ListAsync(mine)).GetProperty("id").GetGuid());
        Assert.Empty(await ListAsync(colleague));
        Assert.Equal(HttpStatusCode.NotFound, byColleague.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, byOtherHub.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byMe.StatusCode);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Contains("Thank you. Your answer is anonymous", rated.Html, StringComparison.Ordinal);
        await using var session = clinic.Store.QuerySession();
        var tally = (await session.LoadAsync<GroupSeries>(id))!.Meeting(meeting)!;
        Assert.Equal((1, 1, 1), (tally.Ratings, tally.FoundUseful, tally.FeltSafe));
    }

    [Fact]
    public async Task The_lead_hands_a_series_to_another_peer_who_finds_it_from_their_home_page()
    {
        var lead = Staff.Lead();
        var first = Peer(Guid.NewGuid());
        var next = Peer(Guid.NewGuid());
        var firstEntry = await PeerSupportArrange.RegisterAsync(Client, lead, first.Id, "Ash Peer");
        var nextEntry = await PeerSupportArrange.RegisterAsync(Client, lead, next.Id, "Robin Peer");
        var id = await GroupSeriesArrange.StartAsync(
            Client,
            lead,
            GroupSeriesArrange.Series("peer-supporter", firstEntry)
        );
        var path = $"/api/group-series/{id}/facilitator";
        var change = new { facilitatorKind = "peer-supporter", facilitatorId = nextEntry };

        var byClinician = await Client.SendAsync(ClinicFixture.Clinician().Request(HttpMethod.Post, path, change, 1));
        var byLead = await Client.SendAsync(lead.Request(HttpMethod.Post, path, change, 1));
        var again = await Client.SendAsync(lead.Request(HttpMethod.Post, path, change, 2));
        var home = await clinic.As(next.Principal).GetAsync("/peer-support");
        var groups = await clinic.As(next.Principal).GetAsync("/peer-support/groups");

        Assert.Equal(HttpStatusCode.Forbidden, byClinician.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byLead.StatusCode);
        await Problems.AssertRefusedAsync(again, "facilitator-unchanged");
        Assert.Empty(await ListAsync(first));
        Assert.Equal(id, Assert.Single(await ListAsync(next)).GetProperty("id").GetGuid());
        Assert.Contains("href=\"/peer-support/groups\"", home.Html, StringComparison.Ordinal);
        Assert.Contains("Intensive care", groups.Html, StringComparison.Ordinal);
    }

    private async Task<List<JsonElement>> ListAsync(Staff peer)
    {
        using var response = await Client.SendAsync(peer.Request(HttpMethod.Get, "/api/peer-support/group-series"));
        response.EnsureSuccessStatusCode();
        return [.. (await response.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray()];
    }
}

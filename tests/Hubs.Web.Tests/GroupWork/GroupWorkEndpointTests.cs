using System.Net;
using System.Net.Http.Json;
using System.Reflection;
using System.Text.Json;
using Hubs.Web.Features.Consultations;
using Hubs.Web.Features.Outreach;
using Hubs.Web.Tests.Clinic;

namespace Hubs.Web.Tests.GroupWork;

/// <summary>
/// Consultations and outreach over the API: each Hub sees and writes only its own; a team session of another Hub is
/// never linked; bad input is a plain-English problem, never a 500; and no record has a place for a name.
/// </summary>
public sealed class GroupWorkEndpointTests(ClinicFixture clinic) : IClassFixture<ClinicFixture>
{
    private static readonly string TwoDaysAgo = DateOnly
        .FromDateTime(DateTime.UtcNow)
        .AddDays(-2)
        .ToString("O", System.Globalization.CultureInfo.InvariantCulture);

    private HttpClient Client => clinic.App.CreateClient();

    [Fact]
    public async Task A_hub_sees_and_links_only_its_own_consultations_and_another_hub_gets_404()
    {
        var north = ClinicFixture.Clinician();
        var southLead = Staff.Lead("south");
        var consultation = await CreatedAsync(north, "/api/consultations", Consultation());
        var northSession = await CreatedAsync(north, "/api/team-activities", TeamSession(north));
        var southSession = await CreatedAsync(
            southLead,
            "/api/team-activities",
            TeamSession(ClinicFixture.Clinician(0, "south"))
        );
        var outreach = await CreatedAsync(Staff.Lead(), "/api/outreach", Outreach(attendees: 12));

        var bySouth = await LinkAsync(southLead, consultation, northSession);
        var otherHubsSession = await LinkAsync(north, consultation, southSession);
        var linked = await LinkAsync(north, consultation, northSession);
        var southList = await ListAsync(southLead, "/api/consultations");
        var southOutreach = await ListAsync(southLead, "/api/outreach");
        var northList = await ListAsync(north, "/api/consultations");
        var northOutreach = await ListAsync(north, "/api/outreach");
        var southPage = await clinic.As(southLead).GetAsync($"/clinic/consultations/{consultation}");

        Assert.Equal(HttpStatusCode.NotFound, bySouth.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, otherHubsSession.StatusCode);
        Assert.Contains(
            "team-session-unknown",
            await otherHubsSession.Content.ReadAsStringAsync(),
            StringComparison.Ordinal
        );
        Assert.Equal(HttpStatusCode.OK, linked.StatusCode);
        Assert.DoesNotContain(southList, c => c.GetProperty("id").GetGuid() == consultation);
        Assert.DoesNotContain(southOutreach, c => c.GetProperty("id").GetGuid() == outreach);
        var row = northList.Single(c => c.GetProperty("id").GetGuid() == consultation);
        Assert.Equal(northSession, row.GetProperty("teamActivityId").GetGuid());
        Assert.Equal("bereavement", row.GetProperty("adviceArea").GetString());
        var visit = northOutreach.Single(c => c.GetProperty("id").GetGuid() == outreach);
        Assert.Equal(12, visit.GetProperty("attendees").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, southPage.Status);
    }

    [Fact]
    public async Task Bad_input_is_a_plain_english_problem_and_nothing_is_recorded()
    {
        var lead = Staff.Lead("south");
        var before = (await ListAsync(lead, "/api/consultations")).Count;

        var empty = await Client.SendAsync(lead.Request(HttpMethod.Post, "/api/consultations", new { }));
        var unknownCode = await Client.SendAsync(
            lead.Request(HttpMethod.Post, "/api/consultations", Consultation(adviceArea: "gossip"))
        );
        var future = await Client.SendAsync(
            lead.Request(HttpMethod.Post, "/api/outreach", Outreach(heldOn: "2099-01-01"))
        );
        var noOne = await Client.SendAsync(lead.Request(HttpMethod.Post, "/api/outreach", Outreach(attendees: 0)));

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal("application/problem+json", empty.Content.Headers.ContentType?.MediaType);
        Assert.Contains(
            "Choose what the manager asked advice about.",
            await empty.Content.ReadAsStringAsync(),
            StringComparison.Ordinal
        );
        Assert.Equal(HttpStatusCode.BadRequest, unknownCode.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, future.StatusCode);
        Assert.Contains("cannot be in the future", await future.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, noOne.StatusCode);
        Assert.Contains("never their names", await noOne.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, (await ListAsync(lead, "/api/consultations")).Count);
    }

    [Fact]
    public void No_consultation_or_outreach_record_or_event_has_a_place_for_free_text()
    {
        Type[] records =
        [
            typeof(Consultation),
            typeof(ConsultationRecorded),
            typeof(OutreachContact),
            typeof(OutreachRecorded),
        ];

        var text = records
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            .Where(p => p.PropertyType == typeof(string) && p.Name != "HubId")
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}")
            .ToList();

        Assert.Empty(text);
    }

    private static Dictionary<string, object?> Consultation(string adviceArea = "bereavement") =>
        new()
        {
            ["heldOn"] = TwoDaysAgo,
            ["about"] = "individual",
            ["adviceArea"] = adviceArea,
            ["sector"] = "health",
            ["organisationType"] = "hospital-trust",
        };

    private static Dictionary<string, object?> Outreach(string? heldOn = null, int attendees = 20) =>
        new()
        {
            ["heldOn"] = heldOn ?? TwoDaysAgo,
            ["kind"] = "promotion-visit",
            ["sector"] = "care-home",
            ["organisationType"] = "care-home",
            ["attendees"] = attendees,
        };

    private object TeamSession(Staff facilitator) =>
        new
        {
            kind = "team-session",
            team = "Ward 7",
            startsAt = clinic.Clock.GetUtcNow().AddDays(3),
            durationMinutes = 60,
            facilitatorId = facilitator.Id,
        };

    private async Task<Guid> CreatedAsync(Staff who, string path, object body)
    {
        using var response = await Client.SendAsync(who.Request(HttpMethod.Post, path, body));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private Task<HttpResponseMessage> LinkAsync(Staff who, Guid consultation, Guid activity) =>
        Client.SendAsync(
            who.Request(
                HttpMethod.Post,
                $"/api/consultations/{consultation}/team-session",
                new { teamActivityId = activity },
                version: 1
            )
        );

    private async Task<List<JsonElement>> ListAsync(Staff who, string path) =>
        (
            await (await Client.SendAsync(who.Request(HttpMethod.Get, path)))
                .EnsureSuccessStatusCode()
                .Content.ReadFromJsonAsync<List<JsonElement>>()
        )!;
}

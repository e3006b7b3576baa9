using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hubs.Testing.Auth;
using Hubs.Web.Tests.Clinic;

namespace Hubs.Web.Tests.AdverseEvents;

/// <summary>
/// What the first version of rapid support missed: an archived peer supporter kept their events, the hand-over
/// code led nowhere, the clinic menu did not lead to adverse events, and the targets had no form.
/// </summary>
public sealed class AdverseEventGapTests(ClinicFixture clinic) : IClassFixture<ClinicFixture>
{
    private HttpClient Client => clinic.App.CreateClient();

    [Fact]
    public async Task An_archived_peer_supporter_no_longer_sees_or_writes_the_events_assigned_to_them()
    {
        var lead = Staff.Lead();
        var peer = new Staff(Guid.NewGuid(), "peer-supporter", "north");
        var adverse = await PeerSupportArrange.AssignedEventAsync(Client, lead, peer.Id);
        var supporter = (await ListAsync(lead, "/api/peer-supporters")).Single(p =>
            p.GetProperty("accountId").GetGuid() == peer.Id
        );
        var before = await ListAsync(peer, "/api/peer-support/events");

        var archived = await Client.SendAsync(
            lead.Request(
                HttpMethod.Post,
                $"/api/peer-supporters/{supporter.GetProperty("id").GetGuid()}/archive",
                new { },
                version: 1
            )
        );
        var after = await ListAsync(peer, "/api/peer-support/events");
        var write = await Client.SendAsync(
            peer.Request(
                HttpMethod.Post,
                $"/api/adverse-events/{adverse}/first-contact",
                new { contactedAt = clinic.Clock.GetUtcNow() },
                version: 2
            )
        );
        var page = await clinic.As(peer.Principal).GetAsync($"/peer-support/events/{adverse}");
        var own = await clinic.As(peer.Principal).GetAsync("/peer-support");

        Assert.Single(before);
        Assert.Equal(HttpStatusCode.OK, archived.StatusCode);
        Assert.Empty(after);
        Assert.Equal(HttpStatusCode.NotFound, write.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.DoesNotContain(adverse.ToString(), own.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_self_referral_with_the_code_and_consent_links_the_journey_and_only_hub_staff_see_it()
    {
        var lead = Staff.Lead();
        var peer = new Staff(Guid.NewGuid(), "peer-supporter", "north");
        var adverse = await PeerSupportArrange.AssignedEventAsync(Client, lead, peer.Id);
        (
            await Client.SendAsync(
                peer.Request(
                    HttpMethod.Post,
                    $"/api/adverse-events/{adverse}/first-contact",
                    new { contactedAt = clinic.Clock.GetUtcNow() },
                    version: 2
                )
            )
        ).EnsureSuccessStatusCode();
        var codes = new List<string>();
        for (var version = 3; version <= 4; version++)
        {
            var offered = await Client.SendAsync(
                peer.Request(HttpMethod.Post, $"/api/adverse-events/{adverse}/hand-overs", new { }, version)
            );
            codes.Add((await offered.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()!);
        }

        var linked = await ReferAsync(codes[0], link: true);
        var unlinked = await ReferAsync(codes[1], link: false);
        var again = await ReferAsync(codes[0], link: true);

        var row = (await ListAsync(lead, "/api/adverse-events")).Single(r => r.GetProperty("id").GetGuid() == adverse);
        var journeys = row.GetProperty("linkedJourneys").EnumerateArray().Select(j => j.GetGuid()).ToList();
        Assert.Equal([linked], journeys);
        Assert.DoesNotContain(unlinked, journeys);
        Assert.DoesNotContain(again, journeys);
        var leadPage = await clinic.As(lead).GetAsync($"/clinic/adverse-events/{adverse}");
        Assert.Contains($"/clinic/journeys/{linked}", leadPage.Html, StringComparison.Ordinal);
        var peerApi = await Client.SendAsync(peer.Request(HttpMethod.Get, "/api/peer-support/events"));
        var peerPage = await clinic.As(peer.Principal).GetAsync($"/peer-support/events/{adverse}");
        Assert.DoesNotContain(linked.ToString(), await peerApi.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(linked.ToString(), peerPage.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_lead_and_nobody_else_finds_adverse_events_and_the_register_in_the_clinic_menu()
    {
        var lead = await clinic.As(Staff.Lead()).GetAsync("/clinic/triage");
        var clinician = await clinic.As(ClinicFixture.Clinician()).GetAsync("/clinic/triage");

        Assert.Contains("href=\"/clinic/adverse-events\"", lead.Html, StringComparison.Ordinal);
        Assert.Contains("href=\"/clinic/peer-supporters\"", lead.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/clinic/adverse-events\"", clinician.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_lead_sets_the_hubs_response_targets_on_a_form_and_bad_targets_are_explained()
    {
        var lead = clinic.As(Staff.Lead("south"));

        var wrong = await lead.SubmitAsync(
            "/clinic/adverse-events",
            new Dictionary<string, string> { ["FirstContactTargetHours"] = "100", ["FollowUpDays"] = "7, 30" },
            handler: "Settings"
        );
        var saved = await lead.SubmitAsync(
            "/clinic/adverse-events",
            new Dictionary<string, string> { ["FirstContactTargetHours"] = "48", ["FollowUpDays"] = "3, 14" },
            handler: "Settings"
        );
        var shown = await lead.GetAsync("/clinic/adverse-events");

        Assert.True(wrong.HasErrorFor("FirstContactTargetHours"), wrong.Html);
        Assert.Contains("24 to 72 hours", wrong.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, saved.Status);
        Assert.Contains("within 48 hours", shown.Html, StringComparison.Ordinal);
        Assert.Contains("value=\"3, 14\"", shown.Html, StringComparison.Ordinal);
    }

    private async Task<Guid> ReferAsync(string code, bool link)
    {
        var body = Referrals.Valid();
        body["handOverCode"] = code;
        body["linkToAdverseEvent"] = link;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/journeys")
        {
            Content = JsonContent.Create(body),
        }.SignedAs(TestPrincipal.Keyworker());
        using var response = await Client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private async Task<List<JsonElement>> ListAsync(Staff who, string path) =>
        (
            await (await Client.SendAsync(who.Request(HttpMethod.Get, path)))
                .EnsureSuccessStatusCode()
                .Content.ReadFromJsonAsync<List<JsonElement>>()
        )!;
}

using System.Net;
using Hubs.Web.Tests.AdverseEvents;
using Hubs.Web.Tests.Clinic;

namespace Hubs.Web.Tests.GroupSupport;

/// <summary>
/// Nothing in a group record names a person without their recorded consent: a name typed without it is refused on
/// the facilitator's page and by the API, and no page or API answer about the series shows it afterwards; a name
/// given with consent is shown with that meeting only.
/// </summary>
public sealed class GroupRecordConsentTests(ClinicFixture clinic) : IClassFixture<ClinicFixture>
{
    private const string Refused = "Ana Unconsenting";
    private const string Agreed = "Ben Consenting";

    private HttpClient Client => clinic.App.CreateClient();

    [Fact]
    public async Task A_name_without_consent_is_refused_and_shown_by_no_page_or_api_answer()
    {
        var lead = Staff.Lead();
        var peer = new Staff(Guid.NewGuid(), "peer-supporter", "north");
        var entry = await PeerSupportArrange.RegisterAsync(Client, lead, peer.Id, "Sam Peer");
        var id = await GroupSeriesArrange.StartAsync(Client, lead, GroupSeriesArrange.Series("peer-supporter", entry));
        var now = clinic.Clock.GetUtcNow();
        var first = await GroupSeriesArrange.ScheduleAsync(Client, lead, id, now.AddDays(-8), 1);
        var second = await GroupSeriesArrange.ScheduleAsync(Client, lead, id, now.AddDays(-1), 2);
        var facilitator = clinic.As(peer.Principal);
        string Meeting(Guid m) => $"/peer-support/groups/{id}/meetings/{m}";

        var byPage = await facilitator.SubmitAsync(
            Meeting(first),
            new Dictionary<string, string> { ["AttendanceCount"] = "4", ["Names"] = Refused }
        );
        using var byApi = await Client.SendAsync(
            peer.Request(
                HttpMethod.Post,
                $"/api/peer-support/group-series/{id}/meetings/{first}/held",
                new { attendanceCount = 4, namedWithConsent = new[] { Refused } },
                3
            )
        );
        var countOnly = await facilitator.SubmitAsync(
            Meeting(first),
            new Dictionary<string, string> { ["AttendanceCount"] = "4" }
        );
        var named = await facilitator.SubmitAsync(
            Meeting(second),
            new Dictionary<string, string>
            {
                ["AttendanceCount"] = "3",
                ["Names"] = Agreed,
                ["Consented"] = "yes",
            }
        );

        Assert.True(byPage.HasErrorFor("Consented"));
        Assert.Equal(HttpStatusCode.BadRequest, byApi.StatusCode);
        Assert.Equal((HttpStatusCode.Redirect, HttpStatusCode.Redirect), (countOnly.Status, named.Status));
        var answers = new Dictionary<string, string>
        {
            ["API series list"] = await ApiAsync(lead, "/api/group-series"),
            ["API series"] = await ApiAsync(lead, $"/api/group-series/{id}"),
            ["API facilitated"] = await ApiAsync(peer, "/api/peer-support/group-series"),
            ["series list"] = await PageAsync(lead, "/clinic/groups"),
            ["series"] = await PageAsync(lead, $"/clinic/groups/{id}"),
            ["first meeting"] = await PageAsync(lead, $"/clinic/groups/{id}/meetings/{first}"),
            ["second meeting"] = await PageAsync(lead, $"/clinic/groups/{id}/meetings/{second}"),
            ["facilitated"] = await PageAsync(peer, "/peer-support/groups"),
            ["first meeting, facilitator"] = await PageAsync(peer, Meeting(first)),
            ["second meeting, facilitator"] = await PageAsync(peer, Meeting(second)),
        };
        Assert.Empty(answers.Where(a => a.Value.Contains(Refused, StringComparison.Ordinal)).Select(a => a.Key));
        var naming = answers.Where(a => a.Value.Contains(Agreed, StringComparison.Ordinal)).Select(a => a.Key).ToList();
        Assert.All(["API series", "second meeting", "second meeting, facilitator"], key =>
            Assert.Contains(key, naming)
        );
        Assert.DoesNotContain("first meeting", naming);
        Assert.DoesNotContain("first meeting, facilitator", naming);
    }

    private async Task<string> ApiAsync(Staff staff, string path)
    {
        using var response = await Client.SendAsync(staff.Request(HttpMethod.Get, path));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<string> PageAsync(Staff staff, string path)
    {
        var page = await clinic.As(staff.Principal).GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return page.Html;
    }
}

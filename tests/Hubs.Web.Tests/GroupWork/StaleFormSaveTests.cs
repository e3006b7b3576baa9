using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Hubs.Web.Tests.Clinic;

namespace Hubs.Web.Tests.GroupWork;

/// <summary>
/// The team activity and consultation pages save as every other staff page on its own stream: a form saved after
/// someone else wrote names what changed, keeps what was typed and moves to the current version, so saving again
/// is decided on what is there now rather than refused as stale forever.
/// </summary>
public sealed class StaleFormSaveTests(ClinicFixture clinic) : IClassFixture<ClinicFixture>
{
    /// <summary>The clinician workspace's own navigation: its pages keep it, stream pages included.</summary>
    private const string WorkspaceNavigation = "aria-label=\"Clinician workspace\"";

    private HttpClient Client => clinic.App.CreateClient();

    [Fact]
    public async Task Attendance_saved_on_a_stale_page_is_asked_again_and_then_decided_on_the_current_activity()
    {
        var me = clinic.As(ClinicFixture.Clinician());
        var activity = await CreatedAsync(Staff.Lead(), "/api/team-activities", TeamSession());
        var path = $"/clinic/team/{activity}";
        var form = await me.GetAsync(path);
        using var held = await Client.SendAsync(
            Staff
                .Lead()
                .Request(HttpMethod.Post, $"/api/team-activities/{activity}/held", new { attendanceCount = 9 }, 1)
        );
        Assert.Equal(HttpStatusCode.OK, held.StatusCode);

        var typed = new Dictionary<string, string> { ["AttendanceCount"] = "14" };
        var stale = await me.PostAsync(path, form.Html, typed);
        var again = await me.PostAsync(path, stale.Html, typed);

        Assert.Contains(WorkspaceNavigation, form.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, stale.Status);
        Assert.Contains(
            "Someone else changed this activity while you were typing",
            stale.Html,
            StringComparison.Ordinal
        );
        Assert.Contains("value=\"14\"", stale.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Contains("This activity is already held.", again.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_link_saved_on_a_stale_consultation_is_asked_again_and_then_saved()
    {
        var me = clinic.As(ClinicFixture.Clinician());
        var lead = Staff.Lead();
        var consultation = await CreatedAsync(lead, "/api/consultations", Consultation());
        var first = await CreatedAsync(lead, "/api/team-activities", TeamSession());
        var second = await CreatedAsync(lead, "/api/team-activities", TeamSession());
        var path = $"/clinic/consultations/{consultation}";
        var form = await me.GetAsync(path);
        using var linked = await Client.SendAsync(
            lead.Request(
                HttpMethod.Post,
                $"/api/consultations/{consultation}/team-session",
                new { teamActivityId = first },
                1
            )
        );
        Assert.Equal(HttpStatusCode.OK, linked.StatusCode);

        var typed = new Dictionary<string, string> { ["TeamActivityId"] = second.ToString() };
        var stale = await me.PostAsync(path, form.Html, typed);
        var again = await me.PostAsync(path, stale.Html, typed);
        var shown = await me.GetAsync(path);

        Assert.Contains(WorkspaceNavigation, form.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, stale.Status);
        Assert.Contains(
            "Someone else changed this consultation while you were typing",
            stale.Html,
            StringComparison.Ordinal
        );
        Assert.Contains($"<option value=\"{second}\" selected", stale.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, again.Status);
        Assert.Contains("Team session linked.", shown.Html, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"{second}\" selected", shown.Html, StringComparison.Ordinal);
    }

    private static Dictionary<string, object?> Consultation() =>
        new()
        {
            ["heldOn"] = DateOnly
                .FromDateTime(DateTime.UtcNow)
                .AddDays(-2)
                .ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            ["about"] = "team",
            ["adviceArea"] = "burnout",
            ["sector"] = "health",
            ["organisationType"] = "hospital-trust",
        };

    private object TeamSession() =>
        new
        {
            kind = "team-session",
            team = "Ward 9",
            startsAt = clinic.Clock.GetUtcNow().AddDays(3),
            durationMinutes = 60,
            facilitatorId = ClinicFixture.Clinician().Id,
        };

    private async Task<Guid> CreatedAsync(Staff who, string path, object body)
    {
        using var response = await Client.SendAsync(who.Request(HttpMethod.Post, path, body));
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }
}

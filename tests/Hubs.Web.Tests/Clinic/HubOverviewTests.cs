using System.Net;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.TriagingReferral;
using Hubs.Web.Features.Questionnaires;

namespace Hubs.Web.Tests.Clinic;

/// <summary>
/// The hub lead's overview over real journeys: waits against 6 and 18 weeks, no contact for N days, team support.
/// </summary>
public sealed class HubOverviewTests(ClinicFixture clinic) : IClassFixture<ClinicFixture>
{
    [Fact]
    public async Task Waits_are_marked_against_six_and_eighteen_weeks_and_the_no_contact_days_can_be_changed()
    {
        var hub = "south";
        var recent = await TriagedAsync(hub, daysAgo: 10);
        var pastSix = await TriagedAsync(hub, daysAgo: 50);
        var pastEighteen = await TriagedAsync(hub, daysAgo: 130);
        var lead = clinic.As(ClinicFixture.Lead(hub));

        var page = await lead.GetAsync("/clinic/hub");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(
            "3 waiting: 2 past 6 weeks (42 days), 1 past 18 weeks (126 days)",
            page.Html,
            StringComparison.Ordinal
        );
        Assert.True(Row(page.Html, pastEighteen).Contains("Past 18 weeks", StringComparison.Ordinal));
        Assert.True(Row(page.Html, pastSix).Contains("Past 6 weeks", StringComparison.Ordinal));
        Assert.True(Row(page.Html, recent).Contains("Within 6 weeks", StringComparison.Ordinal));
        Assert.Contains("No contact for more than 21 days", page.Html, StringComparison.Ordinal);
        Assert.Contains($"/clinic/journeys/{pastSix}\">Case of", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain($"/clinic/journeys/{recent}\">Case of", page.Html, StringComparison.Ordinal);

        var shorter = await lead.GetAsync("/clinic/hub?days=5");
        Assert.Contains("No contact for more than 5 days", shorter.Html, StringComparison.Ordinal);
        Assert.Contains($"/clinic/journeys/{recent}\">Case of", shorter.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_team_activity_is_planned_and_its_attendance_recorded_as_a_count()
    {
        var me = clinic.As(ClinicFixture.Clinician());
        var date = DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var missing = await me.SubmitAsync(
            "/clinic/team",
            new Dictionary<string, string> { ["Kind"] = "ReflectiveGroup", ["Team"] = "Ward 7 nurses" }
        );
        Assert.True(missing.HasErrorFor("Date"));
        Assert.Contains("value=\"Ward 7 nurses\"", missing.Html, StringComparison.Ordinal);

        var planned = await me.SubmitAsync(
            "/clinic/team",
            new Dictionary<string, string>
            {
                ["Kind"] = "ReflectiveGroup",
                ["Team"] = "Ward 7 nurses",
                ["Date"] = date,
                ["Time"] = "13:00",
                ["DurationMinutes"] = "60",
            }
        );
        Assert.Equal(HttpStatusCode.Redirect, planned.Status);
        var list = await me.GetAsync("/clinic/team");
        var held = System.Text.RegularExpressions.Regex.Match(list.Html, "/clinic/team/([0-9a-f-]{36})").Value;
        Assert.NotEmpty(held);

        Assert.True(
            (await me.SubmitAsync(held, new Dictionary<string, string> { ["AttendanceCount"] = "0" })).HasErrorFor(
                "AttendanceCount"
            )
        );
        Assert.Equal(
            HttpStatusCode.Redirect,
            (await me.SubmitAsync(held, new Dictionary<string, string> { ["AttendanceCount"] = "12" })).Status
        );
        Assert.Contains("12 attended", (await me.GetAsync("/clinic/team")).Html, StringComparison.Ordinal);
    }

    private async Task<Guid> TriagedAsync(string hub, int daysAgo)
    {
        var id = await ClinicReferrals.SubmitAsync(
            clinic,
            hub,
            risk: RiskLevel.None,
            submittedAt: DateTimeOffset.UtcNow.AddDays(-daysAgo)
        );
        await using var session = clinic.Store.LightweightSession();
        var triage = new TriageReferral(TriageOutcome.Assess, "Fits.", null);
        Assert.Equal(
            AppendStatus.Written,
            (
                await LeadWrites.TryAsync(
                    session,
                    id,
                    2,
                    hub,
                    j => TriageReferralDecision.Decide(j, triage, Guid.NewGuid(), DateTimeOffset.UtcNow),
                    default
                )
            ).Status
        );
        return id;
    }

    private static string Row(string html, Guid id)
    {
        var start = html.IndexOf($"/clinic/journeys/{id}\">", StringComparison.Ordinal);
        Assert.True(start > 0);
        return html[start..html.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }
}

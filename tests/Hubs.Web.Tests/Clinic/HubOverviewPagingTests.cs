using System.Net;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.TriagingReferral;
using Hubs.Web.Features.Questionnaires;

namespace Hubs.Web.Tests.Clinic;

/// <summary>
/// Issue 22: the hub overview pages its long lists (three a page here). Every open case at urgent risk is on every
/// page of the open-risk list, above the rest; the waiting list pages longest wait first and names only the people
/// its page shows; the counts are of the whole Hub.
/// </summary>
public sealed class HubOverviewPagingTests(SmallPagesFixture clinic) : IClassFixture<SmallPagesFixture>
{
    [Fact]
    public async Task Every_urgent_case_at_risk_is_on_every_page_and_the_flagged_ones_are_paged()
    {
        var now = DateTimeOffset.UtcNow;
        var flagged = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            flagged.Add(await Referral("north", RiskLevel.Flag, now.AddDays(-40 + i), $"Flagged {i}"));
        }

        var urgent = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            urgent.Add(await Referral("north", RiskLevel.Urgent, now.AddDays(-2), $"Urgent {i}"));
        }

        var lead = clinic.As(ClinicFixture.Lead("north"));
        var first = await lead.GetAsync("/clinic/hub");
        var second = await lead.GetAsync("/clinic/hub?riskPage=2");

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(HttpStatusCode.OK, second.Status);
        foreach (var page in new[] { first.Html, second.Html })
        {
            Assert.Contains("8 open cases at risk", page, StringComparison.Ordinal);
            Assert.All(urgent, u => Assert.Contains(RiskRow(u), page, StringComparison.Ordinal));
            var lastUrgent = urgent.Max(u => page.IndexOf(RiskRow(u), StringComparison.Ordinal));
            Assert.All(
                flagged.Select(f => page.IndexOf(RiskRow(f), StringComparison.Ordinal)).Where(at => at >= 0),
                at => Assert.True(at > lastUrgent, "urgent cases come first")
            );
        }

        Assert.Contains("riskPage=2", first.Html, StringComparison.Ordinal);
        Assert.Equal(3, flagged.Count(f => first.Html.Contains(RiskRow(f), StringComparison.Ordinal)));
        Assert.Equal(1, flagged.Count(f => second.Html.Contains(RiskRow(f), StringComparison.Ordinal)));
        Assert.All(flagged, f =>
            Assert.True(
                first.Html.Contains(RiskRow(f), StringComparison.Ordinal)
                    ^ second.Html.Contains(RiskRow(f), StringComparison.Ordinal)
            )
        );
    }

    [Fact]
    public async Task The_waiting_list_pages_longest_wait_first_and_names_only_the_people_shown()
    {
        var now = DateTimeOffset.UtcNow;
        var waiting = new List<(Guid Id, string Name)>();
        foreach (var days in new[] { 130, 60, 50, 10 })
        {
            var name = $"Waits {days}";
            waiting.Add((await Triaged("south", now.AddDays(-days), name), name));
        }

        var lead = clinic.As(ClinicFixture.Lead("south"));
        var first = (await lead.GetAsync("/clinic/hub")).Html;
        var second = (await lead.GetAsync("/clinic/hub?waitingPage=2")).Html;

        foreach (var page in new[] { first, second })
        {
            Assert.Contains(
                "4 waiting: 3 past 6 weeks (42 days), 1 past 18 weeks (126 days)",
                page,
                StringComparison.Ordinal
            );
        }

        Assert.Contains("waitingPage=2", first, StringComparison.Ordinal);
        foreach (var (id, name) in waiting.Take(3))
        {
            Assert.Contains($"/clinic/journeys/{id}\">Test Keyworker {name}</a>", first, StringComparison.Ordinal);
            Assert.DoesNotContain($"Keyworker {name}<", second, StringComparison.Ordinal);
        }

        var (lastId, lastName) = waiting[3];
        Assert.Contains($"/clinic/journeys/{lastId}\">Test Keyworker {lastName}</a>", second, StringComparison.Ordinal);
        Assert.DoesNotContain($"Keyworker {lastName}<", first, StringComparison.Ordinal);
    }

    private Task<Guid> Referral(string hub, RiskLevel risk, DateTimeOffset at, string marker) =>
        ClinicReferrals.SubmitAsync(clinic, hub, risk: risk, submittedAt: at, marker: marker);

    private async Task<Guid> Triaged(string hub, DateTimeOffset at, string marker)
    {
        var id = await Referral(hub, RiskLevel.None, at, marker);
        await using var session = clinic.Store.LightweightSession();
        var triage = new TriageReferral(TriageOutcome.Assess, "Fits.", null);
        var outcome = await LeadWrites.TryAsync(
            session,
            id,
            2,
            hub,
            j => TriageReferralDecision.Decide(j, triage, Guid.NewGuid(), DateTimeOffset.UtcNow),
            default
        );
        Assert.Equal(AppendStatus.Written, outcome.Status);
        return id;
    }

    private static string RiskRow(Guid journey) => $"data-journey=\"{journey}\"";
}

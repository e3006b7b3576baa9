using System.Net;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.OverseeingHub;
using Hubs.Web.Features.Journeys.ReadModels;
using Hubs.Web.Features.Journeys.TriagingReferral;
using Hubs.Web.Features.Questionnaires;
using Marten;

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

    [Fact]
    public async Task The_no_contact_list_pages_longest_first_and_counts_the_whole_Hub()
    {
        var now = DateTimeOffset.UtcNow;
        var quiet = new List<Guid>();
        foreach (var days in new[] { 30, 130, 50, 60 })
        {
            quiet.Add(await Triaged("east", now.AddDays(-days), $"Quiet {days}"));
        }

        var recent = await Triaged("east", now.AddDays(-5), "Quiet 5");
        var lead = clinic.As(ClinicFixture.Lead("east"));
        var first = Section((await lead.GetAsync("/clinic/hub")).Html, "no-contact", "dna");
        var second = Section((await lead.GetAsync("/clinic/hub?noContactPage=2")).Html, "no-contact", "dna");

        foreach (var page in new[] { first, second })
        {
            Assert.Contains("4 open cases, longest without contact first.", page, StringComparison.Ordinal);
            Assert.DoesNotContain(CaseLink(recent), page, StringComparison.Ordinal);
        }

        Assert.Contains("noContactPage=2", first, StringComparison.Ordinal);
        var longest = new[] { quiet[1], quiet[3], quiet[2] };
        Assert.Equal(longest, Listed(first, quiet));
        Assert.Equal([quiet[0]], Listed(second, quiet));
    }

    [Fact]
    public async Task The_missed_appointments_list_pages_most_first_and_counts_the_whole_Hub()
    {
        await OpenCaseSeed.WriteAsync(clinic, "west", "far", seed: 7, journeys: 600);
        await using var session = clinic.Store.QuerySession();
        var missed = (await session.Query<JourneySummary>().Where(j => j.HubId == "west").ToListAsync())
            .Where(j => HubFigures.IsOpenAfterTriage(j) && j.MissedAppointments > 0)
            .ToList();
        Assert.True(missed.Count > 3, "more than a page of open cases with missed appointments");

        var lead = clinic.As(ClinicFixture.Lead("west"));
        var pages = new List<string>();
        for (var n = 1; n <= (missed.Count + 2) / 3; n++)
        {
            pages.Add(Section((await lead.GetAsync($"/clinic/hub?dnaPage={n}")).Html, "dna", "risk"));
        }

        var count = $"{missed.Sum(j => j.MissedAppointments)} missed appointments across {missed.Count} open cases";
        Assert.All(pages, page => Assert.Contains(count, page, StringComparison.Ordinal));
        var ids = missed.Select(j => j.Id).ToList();
        var listed = pages.SelectMany(page => Listed(page, ids)).ToList();
        Assert.Equal(ids.Order(), listed.Order());
        Assert.All(pages, page => Assert.InRange(Listed(page, ids).Count, 1, 3));
        var counts = listed.Select(id => missed.Single(j => j.Id == id).MissedAppointments).ToList();
        Assert.Equal(counts.OrderDescending(), counts);
    }

    private static string Section(string html, string id, string next)
    {
        var from = html.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        var to = html.IndexOf($"id=\"{next}\"", from, StringComparison.Ordinal);
        return html[from..to];
    }

    private static string CaseLink(Guid journey) => $"/clinic/journeys/{journey}\">Case of";

    /// <summary>The journeys of <paramref name="among"/> a section links to, in the order it lists them.</summary>
    private static List<Guid> Listed(string section, IEnumerable<Guid> among) =>
        among
            .Select(id => (id, at: section.IndexOf(CaseLink(id), StringComparison.Ordinal)))
            .Where(x => x.at >= 0)
            .OrderBy(x => x.at)
            .Select(x => x.id)
            .ToList();

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

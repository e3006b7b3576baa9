using Hubs.Insights.Disclosure;
using Hubs.Insights.Features.HubWork;
using Hubs.Insights.Features.Tables;
using Hubs.Insights.Tests.Disclosure;

namespace Hubs.Insights.Tests.HubWork;

/// <summary>
/// The consultations and outreach tables over hand-worked cohorts, noise off (<see cref="NoNoise"/>): every category is
/// listed, counts of 1–7 are *, others round to the nearest 5, and a column whose total is * hides its 0s too.
/// </summary>
public class ConsultationsAndOutreachTableTests
{
    private static readonly RecordKeys Keys = new(new byte[32]);
    private static int next;

    private static IEnumerable<ConsultationFacts> Consulted(
        int count,
        string area,
        string sector,
        bool team = false,
        bool session = false
    ) =>
        Enumerable
            .Range(0, count)
            .Select(_ => new ConsultationFacts(
                $"c{Interlocked.Increment(ref next)}",
                "hub-a",
                "2026-01",
                area,
                team,
                "hospital-trust",
                sector,
                session
            ));

    private static IEnumerable<OutreachFacts> Reached(int count, string kind, string sector, int attendees) =>
        Enumerable
            .Range(0, count)
            .Select(_ => new OutreachFacts(
                $"o{Interlocked.Increment(ref next)}",
                "hub-a",
                "2026-01",
                kind,
                "care-home",
                sector,
                attendees
            ));

    [Fact]
    public void Consultations_by_advice_area_with_team_sessions_and_sectors_worked_by_hand()
    {
        // Supporting after an incident: 9 from health about a team, 6 of them followed by a team session.
        // Burnout: 4 from police about individuals. Every other area: none.
        var cohort = Consulted(6, "supporting-after-incident", "health", team: true, session: true)
            .Concat(Consulted(3, "supporting-after-incident", "health", team: true))
            .Concat(Consulted(4, "burnout", "police"));

        var table = ConsultationsTable.Publish(
            [.. cohort.Select(c => new Keyed<ConsultationFacts>(c, Keys.Of("consultation:" + c.Key)))],
            NoNoise.Options
        );

        Assert.Equal(
            [
                "supporting-after-incident",
                "sickness-absence",
                "team-conflict",
                "bereavement",
                "burnout",
                "return-to-work",
                "organisational-change",
                "other",
                "Total",
            ],
            table.Rows.Select(r => r.Label)
        );
        Assert.Equal(
            [
                "consultations",
                "about-team",
                "team-session",
                "health",
                "social-care",
                "police",
                "fire",
                "care-home",
                "other",
            ],
            table.Columns.Select(c => c.Key)
        );
        // 9 → 10, 9 about a team → 10, 6 sessions *, 9 health → 10, no police: the column's total (4) is *, so its
        // 0 is hidden too.
        Assert.Equal(
            ["10", "10", "*", "10", "0", "*", "0", "0", "0"],
            HandWorked.Row(table, "supporting-after-incident")
        );
        // 4 *, none about a team (0: the column's total 9 → 10 is published), no session: its 0 hides under the *
        // total of sessions (6), 4 police *.
        Assert.Equal(["*", "0", "*", "0", "0", "*", "0", "0", "0"], HandWorked.Row(table, "burnout"));
        // Total: 13 → 15, 9 → 10, 6 *, health 9 → 10, police 4 *.
        Assert.Equal(["15", "10", "*", "10", "0", "*", "0", "0", "0"], HandWorked.Row(table, "Total"));
    }

    [Fact]
    public void Outreach_reach_by_sector_and_kind_worked_by_hand()
    {
        // Care homes: 8 promotion visits with 6 staff each (48) and 2 partner talks with 20 each (40).
        // Fire: 3 team briefings with 12 each (36).
        var cohort = Reached(8, "promotion-visit", "care-home", 6)
            .Concat(Reached(2, "partner-talk", "care-home", 20))
            .Concat(Reached(3, "team-briefing", "fire", 12));

        var table = OutreachTable.Publish(
            [.. cohort.Select(o => new Keyed<OutreachFacts>(o, Keys.Of("outreach:" + o.Key)))],
            NoNoise.Options
        );

        Assert.Equal(
            ["health", "social-care", "police", "fire", "care-home", "other", "Total"],
            table.Rows.Select(r => r.Label)
        );
        Assert.Equal(
            ["contacts", "reached", "promotion-visit", "team-briefing", "partner-talk"],
            table.Columns.Select(c => c.Key)
        );
        // 10 contacts, 88 people → 90, 8 visits → 10, no briefing (its column's total 3 is *, so the 0 is hidden),
        // 2 talks *.
        Assert.Equal(["10", "90", "10", "*", "*"], HandWorked.Row(table, "care-home"));
        // 3 contacts *, 36 people → 35, no visits (0), 3 briefings *, no talks (hidden under the * total 2).
        Assert.Equal(["*", "35", "0", "*", "*"], HandWorked.Row(table, "fire"));
        Assert.Equal(["15", "125", "10", "*", "*"], HandWorked.Row(table, "Total"));
    }
}

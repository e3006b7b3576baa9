using Hubs.Contracts.HubWork;
using Hubs.Insights.Disclosure;
using Hubs.Insights.Features.GroupSupport;
using Hubs.Insights.Features.HubWork;
using Hubs.Insights.Features.Tables;
using Hubs.Insights.Tests.Disclosure;

namespace Hubs.Insights.Tests.HubWork;

/// <summary>
/// Issue 21's breakdowns by sector and organisation type over hand-worked cohorts, noise off (<see cref="NoNoise"/>):
/// every category listed, 1–7 is *, others round to 5, a column whose total is * hides its 0s, and each total row is
/// the same records as the table it breaks down.
/// </summary>
public class HubWorkBreakdownTablesTests
{
    private static readonly RecordKeys Keys = new(new byte[32]);
    private static int next;

    private static string[] Row(PublishedTable table, string label) => [.. HandWorked.Row(table, label)];

    [Fact]
    public void Outreach_by_organisation_type_worked_by_hand()
    {
        // 9 promotion visits to care homes with 10 attending each (90); 3 team briefings at hospital trusts with 20
        // each (60). Team briefings total 3 (*), so that column's 0s are * too.
        var cohort = Enumerable
            .Range(0, 9)
            .Select(_ => Reached("promotion-visit", "care-home", "care-home", 10))
            .Concat(Enumerable.Range(0, 3).Select(_ => Reached("team-briefing", "hospital-trust", "health", 20)));

        var table = OutreachByOrganisationTable.Publish(
            [.. cohort.Select(o => new Keyed<OutreachFacts>(o, Keys.Of("outreach:" + o.Key)))],
            NoNoise.Options
        );

        Assert.Equal([.. HubWorkCodes.OrganisationTypes, "Total"], table.Rows.Select(r => r.Label));
        Assert.Equal(
            ["contacts", "reached", "promotion-visit", "team-briefing", "partner-talk"],
            table.Columns.Select(c => c.Key)
        );
        Assert.Equal(["*", "60", "0", "*", "0"], Row(table, "hospital-trust"));
        Assert.Equal(["10", "90", "10", "*", "0"], Row(table, "care-home"));
        Assert.Equal(["0", "0", "0", "*", "0"], Row(table, "gp-practice"));
        // 12 → 10, 150, 9 → 10, 3 *, none.
        Assert.Equal(["10", "150", "10", "*", "0"], Row(table, "Total"));
    }

    [Fact]
    public void Reflective_groups_by_sector_worked_by_hand_with_the_by_kind_tables_total()
    {
        // Police: 10 intervision meetings held, 6 attending each (60), 5 ratings each (50), 4 found useful (40 of 50 =
        // 80%), all felt safe. Fire: 2 clinical cafés cancelled. Cancelled totals 2 (*), so that column's 0s are *.
        var cohort = Enumerable
            .Range(0, 10)
            .Select(_ => Meeting("intervision-group", "police", held: true))
            .Concat(Enumerable.Range(0, 2).Select(_ => Meeting("clinical-cafe", "fire", held: false)))
            .Select(m => new Keyed<GroupMeetingFacts>(m, Keys.Of("group-meeting:" + m.Key)))
            .ToList();

        var table = ReflectiveGroupsTable.PublishBySector(cohort, NoNoise.Options);

        Assert.Equal([.. HubWorkCodes.Sectors, "Total"], table.Rows.Select(r => r.Label));
        Assert.Equal(["10", "*", "60", "50", "80.0%", "100.0%"], Row(table, "police"));
        Assert.Equal(["0", "*", "0", "0", "no data", "no data"], Row(table, "fire"));
        Assert.Equal(["0", "*", "0", "0", "no data", "no data"], Row(table, "health"));
        Assert.Equal(["10", "*", "60", "50", "80.0%", "100.0%"], Row(table, "Total"));
        Assert.Equal(Row(ReflectiveGroupsTable.Publish(cohort, NoNoise.Options), "Total"), Row(table, "Total"));
    }

    [Fact]
    public void Adverse_events_by_sector_worked_by_hand_with_the_response_tables_figures()
    {
        // Health: 9 events reached under 24 hours within target, 1 check-in each. Police: 4 reached after 72 hours,
        // late. Not stated: 2 not yet reached, 1 hand-over each. Hand-overs total 2 (*), so that column's 0s are *.
        var cohort = AdverseEventResponseTableTests
            .Events(9, band: "under-24h", within: true, followUps: 1, month: "2026-02", sector: "health")
            .Concat(
                AdverseEventResponseTableTests.Events(
                    4,
                    band: "over-72h",
                    within: false,
                    month: "2026-02",
                    sector: "police"
                )
            )
            .Concat(AdverseEventResponseTableTests.Events(2, handOvers: 1, month: "2026-02"))
            .Select(e => new Keyed<AdverseEventFacts>(e, Keys.Of("adverse-event:" + e.Key)))
            .ToList();

        var table = AdverseEventsBySectorTable.Publish(cohort, NoNoise.Options);

        Assert.Equal([.. HubWorkCodes.Sectors, "Not stated", "Total"], table.Rows.Select(r => r.Label));
        Assert.Equal(
            ["logged", "contacted", "within-target", "follow-ups", "hand-overs"],
            table.Columns.Select(c => c.Key)
        );
        // 9 → 10 logged and reached, 9 of 9 within target, 9 check-ins → 10.
        Assert.Equal(["10", "10", "100.0%", "10", "*"], Row(table, "health"));
        // 4 logged and reached (*), a rate on a base of 4 (*).
        Assert.Equal(["*", "*", "*", "0", "*"], Row(table, "police"));
        Assert.Equal(["*", "0", "no data", "0", "*"], Row(table, "Not stated"));
        Assert.Equal(["0", "0", "no data", "0", "*"], Row(table, "fire"));
        // 15, 13 reached → 15, 9 of 13 within target 69.2%, 9 → 10, 2 *.
        Assert.Equal(["15", "15", "69.2%", "10", "*"], Row(table, "Total"));
        var response = AdverseEventResponseTable.Table.Publish(cohort, Period.Parse("2026-Q1")!, NoNoise.Options);
        Assert.Equal(
            ["15", "15", "69.2%", "10", "*"],
            new[] { "logged", "contacted", "within-target", "follow-ups", "hand-overs" }.Select(c =>
                response.Cell("2026-Q1", c).Display
            )
        );
    }

    private static OutreachFacts Reached(string kind, string type, string sector, int attendees) =>
        new($"o{Interlocked.Increment(ref next)}", "hub-a", "2026-01", kind, type, sector, attendees);

    private static GroupMeetingFacts Meeting(string kind, string sector, bool held) =>
        new(
            $"g{Interlocked.Increment(ref next)}",
            "hub-a",
            "2026-01",
            kind,
            sector,
            held,
            held ? 6 : 0,
            held ? 5 : 0,
            held ? 4 : 0,
            held ? 5 : 0
        );
}

using Hubs.Insights.Disclosure;
using Hubs.Insights.Features.HubWork;
using Hubs.Insights.Features.Tables;
using Hubs.Insights.Tests.Disclosure;

namespace Hubs.Insights.Tests.HubWork;

/// <summary>
/// The adverse-event response table over a hand-worked cohort, noise off (<see cref="NoNoise"/>): 0 stays 0, 1–7 is
/// *, anything else rounds to the nearest 5; a rate on a base or numerator of 1–7 events is *; a quarter without
/// first contacts has no rate ("no data"). Rows are quarters, never months.
/// </summary>
public class AdverseEventResponseTableTests
{
    private static int next;

    internal static IEnumerable<AdverseEventFacts> Events(
        int count,
        string staff = "2-4",
        string? band = null,
        bool? within = null,
        int followUps = 0,
        int handOvers = 0,
        string hub = "hub-a",
        string month = "2026-01",
        string? sector = null
    ) =>
        Enumerable
            .Range(0, count)
            .Select(_ => new AdverseEventFacts(
                $"e{Interlocked.Increment(ref next)}",
                hub,
                month,
                staff,
                band,
                within,
                followUps,
                handOvers,
                sector
            ));

    [Fact]
    public void Events_first_contacts_and_check_ins_by_quarter_worked_by_hand()
    {
        // November 2025 (Q4): 12 events of 2–4 staff; 6 reached under 24 hours and 4 in 24–72 hours (all within
        // target), each of those 10 with 2 check-ins (20); 2 not yet reached; 3 hand-overs offered (2 on a reached
        // event, 1 not). February 2026 (Q1): 3 events of 10 or more staff, reached after 72 hours (late), no
        // check-ins. April to September 2025 (Q2, Q3): none. No month is a row of its own.
        var cohort = Events(5, band: "under-24h", within: true, followUps: 2, month: "2025-11")
            .Concat(Events(1, band: "under-24h", within: true, followUps: 2, handOvers: 2, month: "2025-11"))
            .Concat(Events(4, band: "24-72h", within: true, followUps: 2, month: "2025-11"))
            .Concat(Events(1, month: "2025-11"))
            .Concat(Events(1, handOvers: 1, month: "2025-11"))
            .Concat(Events(3, staff: "10-or-more", band: "over-72h", within: false, month: "2026-02"));

        var table = AdverseEventResponseTable.Table.Publish(
            HandWorked.Keyed(cohort, e => "adverse-event:" + e.Key),
            Period.Parse("FY2025-26")!,
            NoNoise.Options
        );

        Assert.Equal(["2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1", "FY2025-26"], table.Rows.Select(r => r.Label));
        Assert.Equal(
            [
                "logged",
                "five-or-more-staff",
                "contacted",
                "under-24h",
                "24-72h",
                "over-72h",
                "within-target",
                "follow-ups",
                "hand-overs",
            ],
            table.Columns.Select(c => c.Key)
        );
        // 12 → 10, none of 5+ staff, 10 reached, 6 and 4 are *, none late, 10 of 10 within 100%, 20 check-ins, 3 *.
        Assert.Equal(["10", "0", "10", "*", "*", "0", "100.0%", "20", "*"], HandWorked.Row(table, "2025-Q4"));
        // 3 events (*), all of 10+ staff (*), reached (*) over 72 hours (*), a rate on a base of 3 (*), nothing else.
        Assert.Equal(["*", "*", "*", "0", "0", "*", "*", "0", "0"], HandWorked.Row(table, "2026-Q1"));
        Assert.Equal(["0", "0", "0", "0", "0", "0", "no data", "0", "0"], HandWorked.Row(table, "2025-Q3"));
        // The year: 15 → 15, 3 *, 13 reached → 15, 6 *, 4 *, 3 *, 10 of 13 within target 76.9%, 20, 3 *.
        Assert.Equal(["15", "*", "15", "*", "*", "*", "76.9%", "20", "*"], HandWorked.Row(table, "FY2025-26"));
    }

    [Fact]
    public async Task The_catalogue_table_takes_the_callers_Hub_and_the_quarters_months_only()
    {
        var source = new HubWorkCohort
        {
            AdverseEvents =
            [
                .. Events(9, band: "under-24h", within: true),
                .. Events(9, band: "under-24h", within: true, hub: "hub-b"),
                .. Events(9, band: "under-24h", within: true, month: "2025-12"),
            ],
        };
        var request = new TableRequest(TableCatalogue.AdverseEventResponse, "hub-a", Period.Parse("2026-Q1")!);
        var hubs = new HashSet<string> { "hub-a" };

        var table = await new HubWorkTables(source).PublishAsync(
            new TableScope(request, hubs, HandWorked.Keys, NoNoise.Options),
            default
        );

        // 9 events → 10; the other Hub's and December's are left out (27 would read 25); the quarter is one row.
        Assert.Equal(["2026-Q1"], table.Rows.Select(r => r.Label));
        Assert.Equal("10", table.Cell("2026-Q1", "logged").Display);
        Assert.Equal("10", table.Cell("2026-Q1", "under-24h").Display);
        Assert.Equal(
            [
                "adverse-event-response",
                "workshops",
                "consultations",
                "outreach",
                "outreach-by-organisation-type",
                "adverse-events-by-sector",
            ],
            new HubWorkTables(source).Tables
        );
    }
}

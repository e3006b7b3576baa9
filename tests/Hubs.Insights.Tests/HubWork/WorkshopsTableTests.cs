using Hubs.Insights.Disclosure;
using Hubs.Insights.Features.HubWork;
using Hubs.Insights.Features.Tables;
using Hubs.Insights.Tests.Disclosure;

namespace Hubs.Insights.Tests.HubWork;

/// <summary>
/// The workshops table over a hand-worked cohort, noise off (<see cref="NoNoise"/>): counts of 1–7 are *, others round
/// to the nearest 5; a share's base is the workshops behind it, so fewer than 8 workshops hide it.
/// </summary>
public class WorkshopsTableTests
{
    private static int next;

    private static IEnumerable<WorkshopFacts> Held(
        int count,
        int booked,
        int attended,
        int calls,
        (int Paired, int Better, int Worse) measured,
        string month = "2026-01"
    ) =>
        Enumerable
            .Range(0, count)
            .Select(_ => new WorkshopFacts(
                $"w{Interlocked.Increment(ref next)}",
                "hub-a",
                month,
                booked,
                attended,
                calls,
                measured.Paired,
                measured.Better,
                measured.Worse
            ));

    [Fact]
    public void Workshops_places_coaching_and_paired_measures_by_quarter_worked_by_hand()
    {
        // 2026-Q1 (January): 8 workshops, 10 booked and 8 attended each (80, 64), 2 coaching calls each (16), 6
        // paired each (48): 3 better and 1 worse each (24 of 48 = 50%, 8 of 48 = 16.7%).
        // 2025-Q4 (December): 2 workshops, 12 booked and 9 attended each (24, 18), 5 paired each: 4 better, none
        // worse. No month is a row of its own.
        var cohort = Held(8, 10, 8, 2, (6, 3, 1)).Concat(Held(2, 12, 9, 0, (5, 4, 0), month: "2025-12"));

        var table = WorkshopsTable.Table.Publish(
            HandWorked.Keyed(cohort, w => "workshop:" + w.Key),
            Period.Parse("FY2025-26")!,
            NoNoise.Options
        );

        Assert.Equal(["2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1", "FY2025-26"], table.Rows.Select(r => r.Label));
        Assert.Equal(
            ["held", "booked", "attended", "coaching-calls", "paired", "better", "worse"],
            table.Columns.Select(c => c.Key)
        );
        Assert.Equal(["10", "80", "65", "15", "50", "50.0%", "16.7%"], HandWorked.Row(table, "2026-Q1"));
        // 2 workshops *, 24 → 25 booked, 18 → 20 attended, no calls, 10 paired → 10, shares on a base of 2 *.
        Assert.Equal(["*", "25", "20", "0", "10", "*", "*"], HandWorked.Row(table, "2025-Q4"));
        // The year: 10, 104 → 105, 82 → 80, 16 → 15, 58 → 60, 32 of 58 better 55.2%, 8 of 58 worse 13.8%.
        Assert.Equal(["10", "105", "80", "15", "60", "55.2%", "13.8%"], HandWorked.Row(table, "FY2025-26"));
    }

    [Fact]
    public async Task The_catalogue_table_takes_the_callers_Hub_and_the_quarters_months_only()
    {
        var source = new HubWorkCohort
        {
            Workshops =
            [
                .. Held(9, 10, 8, 0, default),
                .. Held(9, 10, 8, 0, default, month: "2025-12"),
                .. Held(9, 10, 8, 0, default).Select(w => w with { HubId = "hub-b" }),
            ],
        };
        var request = new TableRequest(TableCatalogue.Workshops, "hub-a", Period.Parse("2026-Q1")!);

        var table = await new HubWorkTables(source).PublishAsync(
            new TableScope(request, new HashSet<string> { "hub-a" }, HandWorked.Keys, NoNoise.Options),
            default
        );

        // 9 workshops → 10, 90 places booked; December's and the other Hub's are left out.
        Assert.Equal(("10", "90"), (table.Cell("2026-Q1", "held").Display, table.Cell("2026-Q1", "booked").Display));
    }
}

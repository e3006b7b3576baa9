using Hubs.Insights.Disclosure;
using Hubs.Insights.Features.Tables;

namespace Hubs.Insights.Tests.Dashboards;

/// <summary>
/// Every table of the catalogue, for many small random cohorts, every Hub, breakdown and kind of period: no count of
/// 1–7 is shown.
/// </summary>
public class EveryTableDisclosureTests
{
    private static readonly HashSet<string> Hubs = ["hub-a", "hub-b"];

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 12)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task No_table_shows_a_small_count(int seed)
    {
        var facts = new InMemoryFacts();
        var random = new Random(seed);
        facts.Set(
            Cohorts.Random(seed, journeys: random.Next(5, 160), hubs: ["hub-a", "hub-b"]),
            Enumerable
                .Range(0, random.Next(0, 30))
                .Select(i => new TeamActivityFacts(
                    $"t{i}",
                    "hub-a",
                    $"2026-0{1 + (i % 6)}",
                    TeamSupportTable.Kinds[random.Next(5)],
                    random.Next(1, 25)
                ))
        );
        var queries = facts.Queries();

        var suppressed = 0;
        foreach (var period in new[] { "2026-02", "2026-Q1", "FY2025-26", "FY2026-27" }.Select(p => Period.Parse(p)!))
        {
            foreach (var hub in Hubs)
            {
                foreach (var table in TableCatalogue.All.Where(t => t.Publishes(period)))
                {
                    string?[] breakdowns =
                        table.Code == TableCatalogue.Equity ? [.. EquityBreakdown.ByCode.Keys] : [null];
                    foreach (var by in breakdowns)
                    {
                        var published = await queries.PublishAsync(
                            new TableRequest(table.Code, hub, period, by),
                            Hubs,
                            CancellationToken.None
                        );
                        DisclosureChecks.AssertSafe(published!);
                        suppressed += published!
                            .Rows.SelectMany(r => r.Cells)
                            .Count(c => c.Status == CellStatus.Suppressed);
                    }
                }
            }
        }

        // Small cohorts: the rules must have had cells to withhold, or this test proves nothing.
        Assert.True(suppressed > 0);
    }

    [Fact]
    public async Task A_hub_that_is_not_the_callers_gives_no_table()
    {
        var facts = new InMemoryFacts();
        facts.Set(Cohorts.Random(1, 50, ["hub-a", "hub-c"]));

        var table = await facts
            .Queries()
            .PublishAsync(
                new TableRequest(TableCatalogue.Trends, "hub-c", Period.Parse("2026-01")!),
                Hubs,
                CancellationToken.None
            );

        Assert.Null(table);
    }
}

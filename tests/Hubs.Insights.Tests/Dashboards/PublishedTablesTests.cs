using Hubs.Insights.Disclosure;
using Hubs.Insights.Features.Tables;
using Hubs.Insights.Metrics;

namespace Hubs.Insights.Tests.Dashboards;

/// <summary>The catalogue's tables over hand-worked cohorts: what a commissioner reads in each cell.</summary>
public class PublishedTablesTests
{
    private static readonly RecordKeys Keys = new(new byte[32]);

    private static JourneyFacts Journey(string month) => new(Guid.NewGuid().ToString("N"), "hub-a", month);

    private static IEnumerable<JourneyFacts> Many(int count, Func<JourneyFacts> make) =>
        Enumerable.Range(0, count).Select(_ => make());

    private static Task<PublishedTable> PublishAsync(
        string table,
        IEnumerable<JourneyFacts> facts,
        string period,
        string? by = null
    ) => JourneyTableOf.PublishAsync(facts, Keys, table, period, by);

    /// <summary>
    /// A count of <paramref name="truth"/> after noise of at most 2, the small-number rule and rounding.
    /// </summary>
    private static void AssertCount(long truth, PublishedCell cell)
    {
        var possible = Enumerable
            .Range(-2, 5)
            .Select(d => truth == 0 ? 0 : Math.Max(1, truth + d))
            .Select(n => SmallNumberRules.Count(n, DisclosureOptions.Default).Display)
            .ToHashSet();
        Assert.Contains(cell.Display, possible);
    }

    [Fact]
    public async Task Trends_of_a_quarter_show_each_month_then_the_quarter_as_a_figure_of_its_own()
    {
        // April: 12 referrals, 9 entered treatment; May: none; June: 20 referrals, 1 entered treatment.
        var facts = Many(9, () => Journey("2026-04") with { Screened = true, AttendedTreatmentAppointments = 1 })
            .Concat(Many(3, () => Journey("2026-04")))
            .Concat([Journey("2026-06") with { AttendedTreatmentAppointments = 1 }])
            .Concat(Many(19, () => Journey("2026-06")));

        var table = await PublishAsync(TableCatalogue.Trends, facts, "2026-Q2");

        Assert.Equal(["2026-04", "2026-05", "2026-06", "2026-Q2"], table.Rows.Select(r => r.Label));
        Assert.Equal([false, false, false, true], table.Rows.Select(r => r.IsTotal));
        AssertCount(12, table.Cell("2026-04", "referrals"));
        Assert.All(table.Rows[1].Cells, c => Assert.Equal("0", c.Display));
        Assert.Equal("*", table.Cell("2026-06", "entered-treatment").Display);
        AssertCount(32, table.Cell("2026-Q2", "referrals"));
        AssertCount(10, table.Cell("2026-Q2", "entered-treatment"));
    }

    [Fact]
    public async Task A_month_is_one_row_and_reads_the_same_as_that_month_in_its_quarter_and_year()
    {
        List<JourneyFacts> facts =
        [
            .. Many(40, () => Journey("2026-05") with { Screened = true }),
            .. Many(13, () => Journey("2026-04")),
        ];

        var month = await PublishAsync(TableCatalogue.Trends, facts, "2026-05");
        var quarter = await PublishAsync(TableCatalogue.Trends, facts, "2026-Q2");
        var year = await PublishAsync(TableCatalogue.Trends, facts, "FY2026-27");

        Assert.Equal(["2026-05"], month.Rows.Select(r => r.Label));
        Assert.Equal(month.Rows[0].Cells, quarter.Rows.Single(r => r.Label == "2026-05").Cells);
        Assert.Equal(month.Rows[0].Cells, year.Rows.Single(r => r.Label == "2026-05").Cells);
        Assert.Equal(13, year.Rows.Count);
    }

    [Fact]
    public async Task Waits_publish_the_hidden_wait_from_first_to_second_treatment()
    {
        // 10 people waited 14 days between their first two treatment sessions, 10 waited 60, 5 have had one.
        var facts = Many(10, () =>
                Journey("2026-04") with
                {
                    DaysToFirstTreatment = 20,
                    DaysFirstToSecondTreatment = 14,
                }
            )
            .Concat(
                Many(10, () => Journey("2026-04") with { DaysToFirstTreatment = 30, DaysFirstToSecondTreatment = 60 })
            )
            .Concat(Many(5, () => Journey("2026-04") with { DaysToFirstTreatment = 25 }));

        var table = await PublishAsync(TableCatalogue.Waits, facts, "2026-04");

        AssertCount(20, table.Cell("2026-04", "second-treatment-people"));
        Assert.InRange(table.Cell("2026-04", "second-treatment-median-days").Value!.Value, 35m, 39m);
        Assert.InRange(table.Cell("2026-04", "second-treatment-within-42").Value!.Value, 33m, 67m);
        Assert.Equal("100.0%", table.Cell("2026-04", "second-treatment-within-126").Display);
        AssertCount(25, table.Cell("2026-04", "first-treatment-people"));
    }

    [Fact]
    public async Task Discharge_reasons_list_every_reason_and_count_a_withdrawal_once()
    {
        var cohort = Many(10, () => Journey("2026-01") with { DischargeReason = DischargeReason.Completed })
            .Concat(
                Many(9, () =>
                    Journey("2026-01") with
                    {
                        DischargeReason = DischargeReason.DroppedOut,
                        Withdrawn = true,
                    }
                )
            )
            .Concat(Many(12, () => Journey("2026-01") with { Withdrawn = true }))
            .Concat(Many(30, () => Journey("2026-01")));

        var table = await PublishAsync(TableCatalogue.DischargeReasons, cohort, "2026-01");

        Assert.Equal(
            ["completed", "dropped-out", "declined", "moved-on", "no-contact", "withdrawn", "Total"],
            table.Rows.Select(r => r.Label)
        );
        Assert.Equal(["0", "0", "0"], table.Rows.Skip(2).Take(3).Select(r => r.Cells[0].Display));
        AssertCount(12, table.Cell("withdrawn", "journeys"));
        AssertCount(31, table.Cell("Total", "journeys"));
    }

    [Fact]
    public async Task Equity_lists_every_group_with_0_or_star_and_hides_zeros_under_a_hidden_total()
    {
        // The case: the only people referred are two men. Women and not stated show *, not 0.
        var two = Many(2, () => Journey("2026-01") with { Equity = new EquityGroups(Sex: "male") }).ToList();
        var many = Many(30, () =>
                Journey("2026-01") with
                {
                    Equity = new EquityGroups(Sex: "female"),
                    AttendedTreatmentAppointments = 1,
                    DaysToFirstTreatment = 30,
                }
            )
            .ToList();

        var small = await PublishAsync(TableCatalogue.Equity, two, "2026-01", "sex");
        var large = await PublishAsync(TableCatalogue.Equity, many, "2026-01", "sex");

        Assert.Equal(["female", "male", "Not stated", "Overall"], small.Rows.Select(r => r.Label));
        Assert.All(small.Rows, r => Assert.Equal("*", r.Cells[0].Display));
        Assert.Equal("0", large.Cell("male", "referrals").Display);
        Assert.Equal("no data", large.Cell("male", "entered-treatment").Display);
        Assert.Equal("100.0%", large.Cell("female", "entered-treatment").Display);
        Assert.InRange(large.Cell("female", "first-treatment-median-days").Value!.Value, 28m, 32m);
        Assert.Equal(
            Categories.Of(Dimension.StaffGroup).Append("Overall"),
            (await PublishAsync(TableCatalogue.Equity, many, "2026-01", "staff-group")).Rows.Select(r => r.Label)
        );
    }

    [Fact]
    public void Team_support_lists_every_kind_and_protects_activities_and_attendances()
    {
        Keyed<TeamActivityFacts>[] held =
        [
            .. Enumerable
                .Range(0, 20)
                .Select(i => new Keyed<TeamActivityFacts>(
                    new($"w{i}", "hub-a", "2026-02", "resilience-workshop", 12),
                    Keys.Of($"w{i}")
                )),
            new(new("p", "hub-a", "2026-01", "peer-support", 3), Keys.Of("p")),
        ];

        var table = TeamSupportTable.Publish(held);

        Assert.Equal(
            [
                "team-session",
                "resilience-workshop",
                "reflective-group",
                "peer-support",
                "psychological-first-aid",
                "Total",
            ],
            table.Rows.Select(r => r.Label)
        );
        Assert.Equal(["0", "*", "0"], new[] { 0, 3, 2 }.Select(i => table.Rows[i].Cells[0].Display));
        AssertCount(20, table.Cell("resilience-workshop", "activities"));
        AssertCount(243, table.Cell("Total", "attendances"));
    }
}

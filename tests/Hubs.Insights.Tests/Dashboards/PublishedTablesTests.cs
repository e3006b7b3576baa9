using Hubs.Insights.Disclosure;
using Hubs.Insights.Features.Tables;
using Hubs.Insights.Metrics;

namespace Hubs.Insights.Tests.Dashboards;

/// <summary>The published tables over hand-worked cohorts: what a commissioner reads in each cell.</summary>
public class PublishedTablesTests
{
    private static JourneyFacts Journey(string month, string hub = "hub-a") => new(Guid.NewGuid().ToString("N"), hub, month);

    private static IEnumerable<JourneyFacts> Many(int count, Func<JourneyFacts> make) => Enumerable.Range(0, count).Select(_ => make());

    [Fact]
    public void Trends_show_every_month_of_the_period_with_rounded_counts_and_suppressed_small_ones()
    {
        // January: 12 referrals, 11 screened, 9 entered treatment, of whom 8 finished a course.
        // February: none. March: 20 referrals, 20 screened, 3 entered treatment, none finished.
        var january = Many(8, () => Journey("2026-01") with { Screened = true, AttendedTreatmentAppointments = 2, DischargeReason = DischargeReason.Completed })
            .Concat([Journey("2026-01") with { Screened = true, AttendedTreatmentAppointments = 1 }])
            .Concat(Many(2, () => Journey("2026-01") with { Screened = true }))
            .Append(Journey("2026-01"));
        var march = Many(3, () => Journey("2026-03") with { Screened = true, AttendedTreatmentAppointments = 1 })
            .Concat(Many(17, () => Journey("2026-03") with { Screened = true }));

        var table = TrendsTable.Publish([.. january, .. march], InsightsFilter.Everything);

        Assert.Equal(["2026-01", "2026-02", "2026-03", "Total"], table.Rows.Select(r => r.Label));
        Assert.Equal(["10", "10", "*", "10"], table.Rows[0].Cells.Select(c => c.Display));
        Assert.Equal(["0", "0", "0", "0"], table.Rows[1].Cells.Select(c => c.Display));
        // 3 entered treatment in March is suppressed; January's 9 went too, or the total (12) would give it away.
        Assert.Equal(["20", "20", "*", "0"], table.Rows[2].Cells.Select(c => c.Display));
        Assert.Equal(["30", "30", "10", "10"], table.Rows[3].Cells.Select(c => c.Display));
    }

    [Fact]
    public void Trends_span_the_filtered_period_even_where_no_one_was_referred()
    {
        var table = TrendsTable.Publish([], new InsightsFilter(From: "2025-11", To: "2026-02"));

        Assert.Equal(["2025-11", "2025-12", "2026-01", "2026-02", "Total"], table.Rows.Select(r => r.Label));
        Assert.All(table.Rows.SelectMany(r => r.Cells), cell => Assert.Equal("0", cell.Display));
    }

    [Fact]
    public void Discharge_reasons_count_withdrawals_without_a_reason_and_never_a_withdrawal_twice()
    {
        var cohort = Many(10, () => Journey("2026-01") with { DischargeReason = DischargeReason.Completed })
            .Concat(Many(9, () => Journey("2026-01") with { DischargeReason = DischargeReason.DroppedOut, Withdrawn = true }))
            .Concat(Many(12, () => Journey("2026-01") with { Withdrawn = true }))
            .Concat(Many(30, () => Journey("2026-01")))
            .ToList();

        var table = DischargeReasonsTable.Publish(cohort);

        Assert.Equal(["completed", "dropped-out", "declined", "moved-on", "no-contact", "withdrawn", "Total"], table.Rows.Select(r => r.Label));
        Assert.Equal(["10", "10", "0", "0", "0", "10", "30"], table.Rows.Select(r => r.Cells[0].Display));
    }

    [Fact]
    public void Equity_reads_each_group_against_the_overall_rate_and_keeps_not_stated_as_a_group()
    {
        // 20 women, 10 entered treatment (50%); 10 men, 9 entered (90%); 10 not stated, 2 entered: the 2 is
        // suppressed, and the men's 9 with it (the smallest other numerator), or the overall 21 would give it away.
        var cohort = Many(10, () => Journey("2026-01") with { Equity = new EquityGroups(Sex: "female"), AttendedTreatmentAppointments = 1, DaysToFirstTreatment = 30 })
            .Concat(Many(10, () => Journey("2026-01") with { Equity = new EquityGroups(Sex: "female") }))
            .Concat(Many(9, () => Journey("2026-01") with { Equity = new EquityGroups(Sex: "male"), AttendedTreatmentAppointments = 1, DaysToFirstTreatment = 50 }))
            .Append(Journey("2026-01") with { Equity = new EquityGroups(Sex: "male") })
            .Concat(Many(2, () => Journey("2026-01") with { AttendedTreatmentAppointments = 1, DaysToFirstTreatment = 10 }))
            .Concat(Many(8, () => Journey("2026-01")))
            .ToList();

        var table = EquityTable.Publish(cohort, "sex");

        Assert.Equal(["female", "male", "Not stated", "Overall"], table.Rows.Select(r => r.Label));
        Assert.Equal("50.0%", table.Cell("female", "entered-treatment").Display);
        Assert.Equal("*", table.Cell("male", "entered-treatment").Display);
        Assert.Equal("10", table.Cell("male", "referrals").Display);
        Assert.Equal("*", table.Cell("Not stated", "entered-treatment").Display);
        Assert.Equal("52.5%", table.Cell("Overall", "entered-treatment").Display);
        Assert.Equal("30.0", table.Cell("female", "first-treatment-median-days").Display);
        Assert.Equal("50.0", table.Cell("male", "first-treatment-median-days").Display);
        Assert.Equal("30.0", table.Cell("Overall", "first-treatment-median-days").Display);
    }

    [Fact]
    public void Team_support_lists_every_kind_and_rounds_attendances()
    {
        // 9 team sessions of 6 (54 attended), 20 workshops of 12 (240), one peer-support session of 3.
        TeamActivityFacts[] held =
        [
            .. Enumerable.Range(0, 9).Select(_ => new TeamActivityFacts("hub-a", "2026-01", "team-session", 6)),
            .. Enumerable.Range(0, 20).Select(_ => new TeamActivityFacts("hub-a", "2026-02", "resilience-workshop", 12)),
            new("hub-a", "2026-01", "peer-support", 3),
        ];

        var table = TeamSupportTable.Publish(held);

        Assert.Equal(["team-session", "resilience-workshop", "reflective-group", "peer-support", "psychological-first-aid", "Total"], table.Rows.Select(r => r.Label));
        Assert.Equal(["*", "20", "0", "*", "0", "30"], table.Rows.Select(r => r.Cells[0].Display));
        Assert.Equal(["*", "240", "0", "*", "0", "295"], table.Rows.Select(r => r.Cells[1].Display));
    }

    [Fact]
    public void The_cohort_is_the_callers_hubs_in_the_period_and_sector()
    {
        JourneyFacts[] facts =
        [
            Journey("2026-01") with { Sector = "police" },
            Journey("2026-02") with { Sector = "police" },
            Journey("2026-02") with { Sector = "health" },
            Journey("2026-03") with { Sector = "police" },
            Journey("2026-02", hub: "hub-b") with { Sector = "police" },
        ];

        var cohort = Cohort.Select(facts, new HashSet<string> { "hub-a" }, new InsightsFilter(From: "2026-02", To: "2026-03", Sector: "police"));

        Assert.Equal([facts[1], facts[3]], cohort);
    }
}

using Hubs.Insights.Disclosure;
using Hubs.Insights.Metrics;
using static Hubs.Insights.Tests.Metrics.Journeys;

namespace Hubs.Insights.Tests.Metrics;

public class BreakdownTests
{
    // Hub A: 20 finished, 15 recovered. Hub B: 3 finished, all recovered. Hub C: 13 finished, 11 recovered.
    private static readonly JourneyFacts[] Cohort =
    [
        .. Hub("hub-a", recovered: 15, notRecovered: 5),
        .. Hub("hub-b", recovered: 3, notRecovered: 0),
        .. Hub("hub-c", recovered: 11, notRecovered: 2),
    ];

    [Fact]
    public void One_row_per_Hub_and_a_total_row()
    {
        var table = OutcomeBreakdown.Publish(Cohort, Dimension.Hub);

        Assert.Equal(["hub-a", "hub-b", "hub-c", "Total"], table.Rows.Select(r => r.Label).ToArray());
        Assert.Equal("Outcomes by Hub", table.Title);
        Assert.Equal("referrals", table.Columns[0].Key);
    }

    [Fact]
    public void Small_groups_are_suppressed_and_protected_from_differencing_against_the_total()
    {
        var table = OutcomeBreakdown.Publish(Cohort, Dimension.Hub);

        Assert.Equal(["20", "*", "*", "35"], Column(table, "referrals"));
        Assert.Equal(["75.0%", "*", "*", "80.6%"], Column(table, "recovery"));
        Assert.Equal(["0.0%", "*", "*", "0.0%"], Column(table, "reliable-deterioration"));
        Assert.Equal(["0", "0", "0", "0"], Column(table, "finished-no-paired-scores"));
        Assert.Equal(["0.0%", "*", "*", "0.0%"], Column(table, "drop-out"));
    }

    [Fact]
    public void An_exact_national_total_is_shown_unrounded()
    {
        var table = OutcomeBreakdown.Publish(Cohort, Dimension.Hub, disclosure: DisclosureOptions.Default with { ExactNationalTotals = true });

        Assert.Equal(["20", "*", "*", "36"], Column(table, "referrals"));
    }

    [Fact]
    public void Rates_come_from_the_exact_figures()
    {
        var table = OutcomeBreakdown.Publish(Cohort, Dimension.Hub);

        Assert.Equal(80.6m, table.Cell("Total", "recovery").Value);
        Assert.Equal(ColumnKind.Percent, table.Columns.Single(c => c.Key == "recovery").Kind);
    }

    [Fact]
    public void Missing_equity_groups_form_a_Not_stated_row_last()
    {
        JourneyFacts[] cohort =
        [
            .. Enumerable.Range(0, 10).Select(_ => Referred() with { Equity = new EquityGroups(Sex: "Male") }),
            .. Enumerable.Range(0, 12).Select(_ => Referred() with { Equity = new EquityGroups(Sex: "Female") }),
            .. Enumerable.Range(0, 9).Select(_ => Referred()),
        ];

        var table = OutcomeBreakdown.Publish(cohort, Dimension.Sex);

        Assert.Equal(["Female", "Male", "Not stated", "Total"], table.Rows.Select(r => r.Label).ToArray());
        Assert.Equal(["10", "10", "10", "30"], Column(table, "referrals"));
    }

    [Fact]
    public void Waits_by_month_give_people_medians_and_shares_within_target()
    {
        JourneyFacts[] cohort =
        [
            .. Enumerable.Range(0, 10).Select(i => Referred(month: "2026-01") with { DaysToAssessment = 30 + i, DaysToFirstTreatment = 100 + (10 * i) }),
            .. Enumerable.Range(0, 2).Select(_ => Referred(month: "2026-02") with { DaysToAssessment = 50 }),
        ];

        var table = WaitBreakdown.Publish(cohort, Dimension.Month);

        Assert.Equal(["2026-01", "2026-02", "Total"], table.Rows.Select(r => r.Label).ToArray());
        // February's 2 people are suppressed, so January's 10 go too; a median gives no count away.
        Assert.Equal(["*", "*", "10"], Column(table, "assessment-people"));
        Assert.Equal(["34.5", "*", "35.5"], Column(table, "assessment-median-days"));
        Assert.Equal(["*", "*", "83.3%"], Column(table, "assessment-within-42"));
        Assert.Equal(["10", "0", "10"], Column(table, "first-treatment-people"));
        Assert.Equal(["145.0", "no data", "145.0"], Column(table, "first-treatment-median-days"));
        Assert.Equal(["0.0%", "no data", "0.0%"], Column(table, "first-treatment-within-42"));
        Assert.Equal(["*", "no data", "*"], Column(table, "first-treatment-within-126"));
    }

    private static string[] Column(PublishedTable table, string key)
    {
        var index = table.Columns.Select(c => c.Key).ToList().IndexOf(key);
        return table.Rows.Select(r => r.Cells[index].Display).ToArray();
    }

    private static IEnumerable<JourneyFacts> Hub(string hub, int recovered, int notRecovered) =>
        Enumerable.Range(0, recovered).Select(_ => Finished(16, 9, 10, 7) with { HubId = hub })
            .Concat(Enumerable.Range(0, notRecovered).Select(_ => Finished(14, 12, 10, 9) with { HubId = hub }));
}

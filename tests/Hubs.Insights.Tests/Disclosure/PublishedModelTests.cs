using Hubs.Insights.Disclosure;

namespace Hubs.Insights.Tests.Disclosure;

public class PublishedModelTests
{
    [Fact]
    public void A_published_cell_cannot_be_built_outside_the_disclosure_component()
    {
        Assert.Empty(typeof(PublishedCell).GetConstructors());
        Assert.Equal(
            ["Display", "Status", "Value"],
            typeof(PublishedCell).GetProperties().Select(p => p.Name).Order(StringComparer.Ordinal).ToArray());
        Assert.All(typeof(PublishedCell).GetProperties(), p => Assert.False(p.CanWrite, $"{p.Name} can be written"));
    }

    [Fact]
    public void The_published_table_holds_rounded_values_only()
    {
        var table = DisclosureControl.Publish(new TableDraft(
            "Referrals",
            ["Hub A", "Hub B", "Hub C"],
            [new CountColumn("referrals", "Referrals", [3, 22, 31])]));

        Assert.Equal([null, null, 30m, 55m], table.Rows.Select(r => r.Cells[0].Value).ToArray());
        Assert.Equal(["Hub A", "Hub B", "Hub C", "Total"], table.Rows.Select(r => r.Label).ToArray());
        Assert.True(table.Rows[^1].IsTotal);
        Assert.Equal(new PublishedColumn("referrals", "Referrals", ColumnKind.Count), table.Columns[0]);
        Assert.Equal("*", table.Cell("Hub B", "referrals").Display);
    }

    [Fact]
    public void A_rate_is_suppressed_with_its_numerator_so_differencing_the_numerators_fails()
    {
        var table = DisclosureControl.Publish(new TableDraft(
            "Recovery",
            ["A", "B", "C", "D"],
            [new RateColumn("recovery", "Recovery rate", [Ratio.OfPeople(3, 10), Ratio.OfPeople(20, 40), Ratio.OfPeople(30, 50), Ratio.OfPeople(0, 0)])]));

        Assert.Equal(["*", "*", "60.0%", "no data", "53.0%"], TableBuilders.ColumnDisplays(table));
        Assert.Equal(ColumnKind.Percent, table.Columns[0].Kind);
    }

    [Fact]
    public void A_rate_is_suppressed_with_its_denominator()
    {
        var table = DisclosureControl.Publish(new TableDraft(
            "DNA",
            ["A", "B", "C"],
            [new RateColumn("dna", "DNA rate", [new Ratio(0, 5, 2), new Ratio(10, 40, 12), new Ratio(20, 60, 20)])]));

        Assert.Equal(["*", "*", "33.3%", "28.6%"], TableBuilders.ColumnDisplays(table));
    }

    [Fact]
    public void A_rate_withheld_for_its_small_base_in_people_keeps_its_parts_from_being_worked_out()
    {
        // Hub A's 10 missed appointments come from 5 people: its rate is withheld, so Hub B's goes too,
        // or A's parts would follow from the total rate and B's.
        var table = DisclosureControl.Publish(new TableDraft(
            "DNA",
            ["A", "B", "C"],
            [new RateColumn("dna", "DNA rate", [new Ratio(10, 40, 5), new Ratio(12, 60, 20), new Ratio(15, 100, 30)])]));

        Assert.Equal(["*", "*", "15.0%", "18.5%"], TableBuilders.ColumnDisplays(table));
    }

    [Fact]
    public void A_median_column_takes_its_total_from_the_draft()
    {
        var table = DisclosureControl.Publish(new TableDraft(
            "Waits",
            ["A", "B", "C"],
            [new SummaryColumn("wait", "Median wait (days)", [new Summary(10m, 3), new Summary(21.5m, 12), new Summary(null, 0)], new Summary(20m, 15))]));

        Assert.Equal(["*", "21.5", "no data", "20.0"], TableBuilders.ColumnDisplays(table));
        Assert.Equal(ColumnKind.Number, table.Columns[0].Kind);
    }

    [Fact]
    public void Without_totals_only_the_small_number_rule_applies() =>
        Assert.Equal(
            ["*", "20"],
            TableBuilders.ColumnDisplays(DisclosureControl.Publish(new TableDraft("t", ["A", "B"], [new CountColumn("n", "N", [3, 20])], TotalRow: false))));

    [Fact]
    public void A_malformed_draft_is_refused()
    {
        Assert.Throws<ArgumentException>(() => DisclosureControl.Publish(new TableDraft("t", ["A", "B"], [new CountColumn("n", "N", [3])])));
        Assert.Throws<ArgumentException>(() => DisclosureControl.Publish(new TableDraft(
            "t", ["A"], [new CountColumn("n", "N", [3]), new CountColumn("n", "M", [4])])));
        Assert.Throws<ArgumentException>(() => DisclosureControl.Publish(new TableDraft(
            "t", ["A"], [new RateColumn("r", "R", [Ratio.OfPeople(1, 2)])], TotalColumn: true)));
    }
}

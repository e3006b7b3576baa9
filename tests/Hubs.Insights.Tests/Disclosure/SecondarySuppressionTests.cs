using Hubs.Insights.Disclosure;
using static Hubs.Insights.Tests.Disclosure.TableBuilders;

namespace Hubs.Insights.Tests.Disclosure;

public class SecondarySuppressionTests
{
    [Fact]
    public void A_lone_suppressed_cell_in_a_column_takes_the_next_smallest_with_it() =>
        Assert.Equal(["*", "*", "30", "40", "95"], ColumnDisplays(DisclosureControl.Publish(Column(3, 20, 30, 40))));

    [Fact]
    public void Two_suppressed_cells_protect_each_other() =>
        Assert.Equal(["*", "*", "30", "40"], ColumnDisplays(DisclosureControl.Publish(Column(3, 5, 30))));

    [Fact]
    public void A_zero_is_never_taken_as_the_second_cell() =>
        Assert.Equal(["*", "0", "*", "40", "55"], ColumnDisplays(DisclosureControl.Publish(Column(3, 0, 12, 40))));

    [Fact]
    public void A_small_total_is_suppressed_with_its_only_cell() =>
        Assert.Equal(["*", "0", "0", "*"], ColumnDisplays(DisclosureControl.Publish(Column(3, 0, 0))));

    [Fact]
    public void A_table_of_zeros_and_large_counts_needs_no_suppression() =>
        Assert.Equal(["0", "10", "40", "50"], ColumnDisplays(DisclosureControl.Publish(Column(0, 9, 41))));

    [Fact]
    public void When_the_next_smallest_cells_tie_the_earlier_one_goes() =>
        Assert.Equal(["*", "*", "20", "20", "60"], ColumnDisplays(DisclosureControl.Publish(Column(20, 2, 20, 20))));

    [Fact]
    public void A_one_row_table_with_a_total_is_protected_along_the_row() =>
        Assert.Equal([["*", "*", "30", "55"]], Displays(DisclosureControl.Publish(Row(3, 20, 30))));

    [Fact]
    public void A_secondary_suppression_in_a_row_can_force_one_in_a_column_and_back()
    {
        var table = DisclosureControl.Publish(CrossTab([[3, 10, 20], [15, 25, 30], [40, 45, 50]]));

        Assert.Equal(
            [
                ["*", "*", "20", "35"],
                ["*", "*", "30", "70"],
                ["40", "45", "50", "135"],
                ["60", "80", "100", "240"],
            ],
            Displays(table));
    }

    [Fact]
    public void Suppressed_cells_in_one_column_only_force_a_cell_in_each_row_they_sit_alone_in()
    {
        var table = DisclosureControl.Publish(CrossTab([[2, 30], [4, 50], [40, 60]]));

        Assert.Equal(
            [
                ["*", "*", "30"],
                ["*", "*", "55"],
                ["40", "60", "100"],
                ["45", "140", "185"],
            ],
            Displays(table));
    }

    [Fact]
    public void A_cell_solvable_only_by_combining_lines_is_protected_too()
    {
        // Two 2×2 blocks of small cells joined by one small cell (R1, C2): every line holds at least two
        // suppressed cells, yet R0 + R1 − C0 − C1 gives that cell exactly.
        long[][] counts =
        [
            [2, 3, 40, 41],
            [4, 5, 6, 42],
            [43, 44, 2, 3],
            [45, 46, 4, 5],
        ];
        var table = DisclosureControl.Publish(CrossTab(counts));
        var unknown = new bool[5, 5];
        for (var r = 0; r < 5; r++)
        {
            for (var c = 0; c < 5; c++)
            {
                unknown[r, c] = table.Rows[r].Cells[c].Status == CellStatus.Suppressed;
            }
        }

        Assert.Empty(DifferencingAttack.Linear(unknown, rowsAreLines: true, columnsAreLines: true));
        Assert.Equal(10, unknown.Cast<bool>().Count(u => u));
    }

    [Fact]
    public void An_exact_national_total_is_shown_unrounded_and_still_protected()
    {
        var options = DisclosureOptions.Default with { ExactNationalTotals = true };

        Assert.Equal(["*", "*", "30", "53"], ColumnDisplays(DisclosureControl.Publish(Column(3, 20, 30), options)));
        Assert.Equal(["*", "*"], ColumnDisplays(DisclosureControl.Publish(Column(6), options)));
    }

    [Fact]
    public void Only_the_total_row_is_exact_row_totals_of_a_cross_tab_are_still_rounded()
    {
        var options = DisclosureOptions.Default with { ExactNationalTotals = true };
        var table = DisclosureControl.Publish(CrossTab([[11, 12], [13, 14]]), options);

        Assert.Equal([["10", "10", "25"], ["15", "15", "25"], ["24", "26", "50"]], Displays(table));
    }
}

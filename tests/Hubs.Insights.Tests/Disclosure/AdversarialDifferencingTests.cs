using Hubs.Insights.Disclosure;

namespace Hubs.Insights.Tests.Disclosure;

public class AdversarialDifferencingTests
{
    private const int Tables = 600;

    [Fact]
    public void No_suppressed_cell_of_hundreds_of_random_tables_can_be_recovered_by_differencing()
    {
        var random = new Random(20261123);
        var suppressedCells = 0;
        for (var t = 0; t < Tables; t++)
        {
            var (draft, options) = RandomTable(random);
            var table = DisclosureControl.Publish(draft, options);
            var unknown = Unknowns(table);
            suppressedCells += unknown.Cast<bool>().Count(u => u);

            Assert.Empty(DifferencingAttack.SoleUnknown(unknown, draft.TotalColumn, draft.TotalRow));
            Assert.Empty(DifferencingAttack.Linear(unknown, draft.TotalColumn, draft.TotalRow));
        }

        Assert.True(suppressedCells > Tables * 3, $"only {suppressedCells} suppressed cells: the tables are too easy");
    }

    [Fact]
    public void The_attack_is_real_primary_suppression_alone_leaks_in_many_of_the_same_tables()
    {
        var random = new Random(20261123);
        var leaking = 0;
        for (var t = 0; t < Tables; t++)
        {
            var (draft, _) = RandomTable(random);
            var counts = draft.Columns.Cast<CountColumn>().ToList();
            var rows = draft.RowLabels.Count + (draft.TotalRow ? 1 : 0);
            var columns = counts.Count + (draft.TotalColumn ? 1 : 0);
            var full = new long[rows, columns];
            for (var r = 0; r < draft.RowLabels.Count; r++)
            {
                for (var c = 0; c < counts.Count; c++)
                {
                    full[r, c] = counts[c].Counts[r];
                    if (draft.TotalColumn)
                    {
                        full[r, counts.Count] += full[r, c];
                    }
                }
            }

            if (draft.TotalRow)
            {
                for (var c = 0; c < columns; c++)
                {
                    for (var r = 0; r < draft.RowLabels.Count; r++)
                    {
                        full[draft.RowLabels.Count, c] += full[r, c];
                    }
                }
            }

            var primaryOnly = new bool[rows, columns];
            for (var r = 0; r < rows; r++)
            {
                for (var c = 0; c < columns; c++)
                {
                    primaryOnly[r, c] = full[r, c] is >= 1 and <= 7;
                }
            }

            if (DifferencingAttack.SoleUnknown(primaryOnly, draft.TotalColumn, draft.TotalRow).Count > 0)
            {
                leaking++;
            }
        }

        Assert.True(leaking > Tables / 3, $"only {leaking} of {Tables} tables leak without secondary suppression");
    }

    private static (TableDraft Draft, DisclosureOptions Options) RandomTable(Random random)
    {
        var rows = random.Next(1, 7);
        var columns = random.Next(1, 7);
        var layout = random.Next(3);
        var columnsOfCounts = Enumerable.Range(0, columns)
            .Select(c => new CountColumn($"c{c}", $"C{c}", Enumerable.Range(0, rows).Select(_ => RandomCount(random)).ToArray()))
            .ToArray();
        var draft = new TableDraft(
            "random",
            Enumerable.Range(0, rows).Select(r => $"R{r}").ToArray(),
            columnsOfCounts,
            TotalRow: layout != 1,
            TotalColumn: layout != 0);
        return (draft, DisclosureOptions.Default with { ExactNationalTotals = random.Next(2) == 0 });
    }

    private static long RandomCount(Random random) => random.Next(10) switch
    {
        < 2 => 0,
        < 7 => random.Next(1, 8),
        _ => random.Next(8, 60),
    };

    private static bool[,] Unknowns(PublishedTable table)
    {
        var unknown = new bool[table.Rows.Count, table.Columns.Count];
        for (var r = 0; r < table.Rows.Count; r++)
        {
            for (var c = 0; c < table.Columns.Count; c++)
            {
                unknown[r, c] = table.Rows[r].Cells[c].Status == CellStatus.Suppressed;
            }
        }

        return unknown;
    }
}

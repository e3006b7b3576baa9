using Hubs.Insights.Disclosure;
using Hubs.Insights.Tests.Disclosure;

namespace Hubs.Insights.Tests.Dashboards;

/// <summary>What a reviewer checks on any published table, from the published table alone.</summary>
internal static class DisclosureChecks
{
    /// <summary>
    /// Every count shown is 0 or a multiple of 5 of at least 10 (so never 1–7), and no suppressed count can
    /// be worked out from the totals by any sum or difference of the columns.
    /// </summary>
    public static void AssertSafe(PublishedTable table)
    {
        var countColumns = table.Columns.Select((c, i) => (c, i)).Where(x => x.c.Kind == ColumnKind.Count).Select(x => x.i).ToList();
        foreach (var row in table.Rows)
        {
            foreach (var column in countColumns)
            {
                var cell = row.Cells[column];
                Assert.True(
                    cell.Status == CellStatus.Suppressed || cell.Value == 0 || (cell.Value >= 10 && cell.Value % 5 == 0),
                    $"{table.Title}: {row.Label}/{table.Columns[column].Key} shows {cell.Display}");
            }
        }

        if (!table.Rows.Any(r => r.IsTotal))
        {
            return;
        }

        var unknown = new bool[table.Rows.Count, countColumns.Count];
        for (var r = 0; r < table.Rows.Count; r++)
        {
            for (var c = 0; c < countColumns.Count; c++)
            {
                unknown[r, c] = table.Rows[r].Cells[countColumns[c]].Status == CellStatus.Suppressed;
            }
        }

        var recovered = DifferencingAttack.Linear(unknown, rowsAreLines: false, columnsAreLines: true);
        Assert.True(recovered.Count == 0, $"{table.Title}: suppressed cells recoverable from the totals: {string.Join(", ", recovered)}");
    }
}

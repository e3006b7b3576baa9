using Hubs.Insights.Disclosure;

namespace Hubs.Insights.Tests.Dashboards;

/// <summary>What a reviewer checks on any published table, from the published table alone.</summary>
internal static class DisclosureChecks
{
    /// <summary>
    /// Every count shown is 0 or a multiple of 5 of at least 10: never 1–7, never an unrounded figure.
    /// </summary>
    public static void AssertSafe(PublishedTable table)
    {
        var countColumns = table
            .Columns.Select((c, i) => (c, i))
            .Where(x => x.c.Kind == ColumnKind.Count)
            .Select(x => x.i)
            .ToList();
        foreach (var row in table.Rows)
        {
            foreach (var column in countColumns)
            {
                var cell = row.Cells[column];
                Assert.True(
                    cell.Status == CellStatus.Suppressed
                        || cell.Value == 0
                        || (cell.Value >= 10 && cell.Value % 5 == 0),
                    $"{table.Title}: {row.Label}/{table.Columns[column].Key} shows {cell.Display}"
                );
            }
        }
    }
}

/// <summary>Record keys for test hosts and direct queries: a fixed salt, so a test's figures are repeatable.</summary>
internal sealed class FixedRecordKeys : IRecordKeySource
{
    public static FixedRecordKeys Shared { get; } = new();

    public RecordKeys Keys { get; } = new(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());

    public Task<RecordKeys> GetAsync(CancellationToken cancellationToken) => Task.FromResult(Keys);
}

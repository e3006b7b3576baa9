using Hubs.Insights.Disclosure;

namespace Hubs.Insights.Tests.Disclosure;

internal static class TableBuilders
{
    /// <summary>A list of categories down one column, with a total row.</summary>
    public static TableDraft Column(params long[] counts) =>
        new("t", counts.Select((_, i) => $"R{i}").ToArray(), [new CountColumn("n", "N", counts)]);

    /// <summary>A list of categories along one row, with a total column.</summary>
    public static TableDraft Row(params long[] counts) =>
        new("t", ["R0"], counts.Select((n, i) => new CountColumn($"c{i}", $"C{i}", [n])).ToArray(), TotalRow: false, TotalColumn: true);

    /// <summary>A cross-tab with a total row and a total column.</summary>
    public static TableDraft CrossTab(long[][] rows) =>
        new(
            "t",
            rows.Select((_, i) => $"R{i}").ToArray(),
            Enumerable.Range(0, rows[0].Length).Select(c => new CountColumn($"c{c}", $"C{c}", rows.Select(r => r[c]).ToArray())).ToArray(),
            TotalRow: true,
            TotalColumn: true);

    public static string[] ColumnDisplays(PublishedTable table, int column = 0) =>
        table.Rows.Select(r => r.Cells[column].Display).ToArray();

    public static string[][] Displays(PublishedTable table) =>
        table.Rows.Select(r => r.Cells.Select(c => c.Display).ToArray()).ToArray();
}

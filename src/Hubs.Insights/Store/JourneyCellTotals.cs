using System.Runtime.InteropServices;
using Hubs.Insights.Features.Tables;

namespace Hubs.Insights.Store;

/// <summary>
/// Journey cells summed row by row, for <see cref="JourneyCellsWrite"/>: by their row of a table (Hub, family, month,
/// group), then by part and bucket within it. A journey's cells of one row come one after another with the very same
/// strings, so the row is found by comparing references and only the part is hashed a cell: a refill sums tens of
/// millions of cells, and hashing five strings twice a cell was a fifth of the rebuild's import.
/// </summary>
internal sealed class JourneyCellTotals
{
    private readonly Dictionary<Row, Dictionary<(string Part, int Bucket), Total>> rows = [];
    private Row last = new("", "", "", "");
    private Dictionary<(string Part, int Bucket), Total>? parts;

    public void Add(JourneyCell cell, int sign)
    {
        if (
            parts is null
            || !ReferenceEquals(cell.Hub, last.Hub)
            || !ReferenceEquals(cell.Family, last.Family)
            || !ReferenceEquals(cell.Month, last.Month)
            || !ReferenceEquals(cell.Group, last.Group)
        )
        {
            last = new Row(cell.Hub, cell.Family, cell.Month, cell.Group);
            ref var found = ref CollectionsMarshal.GetValueRefOrAddDefault(rows, last, out _);
            parts = found ??= [];
        }

        ref var total = ref CollectionsMarshal.GetValueRefOrAddDefault(parts, (cell.Part, cell.Bucket), out _);
        total = new Total(total.Amount + (sign * cell.Amount), total.Keys + (sign * cell.Keys));
    }

    /// <summary>Every sum that is not nothing, in the table's key order (each string compared ordinally).</summary>
    public List<JourneyCell> Rows()
    {
        var list = new List<JourneyCell>();
        foreach (var (row, sums) in rows.OrderBy(r => r.Key, RowOrder.Instance))
        {
            list.AddRange(
                sums.Where(s => s.Value != default)
                    .OrderBy(s => s.Key.Part, StringComparer.Ordinal)
                    .ThenBy(s => s.Key.Bucket)
                    .Select(s => new JourneyCell(
                        row.Hub,
                        row.Family,
                        row.Month,
                        row.Group,
                        s.Key.Part,
                        s.Key.Bucket,
                        s.Value.Amount,
                        s.Value.Keys
                    ))
            );
        }

        return list;
    }

    private readonly record struct Row(string Hub, string Family, string Month, string Group);

    private readonly record struct Total(long Amount, long Keys);

    private sealed class RowOrder : IComparer<Row>
    {
        public static readonly RowOrder Instance = new();

        public int Compare(Row x, Row y)
        {
            var by = string.CompareOrdinal(x.Hub, y.Hub);
            by = by != 0 ? by : string.CompareOrdinal(x.Family, y.Family);
            by = by != 0 ? by : string.CompareOrdinal(x.Month, y.Month);
            return by != 0 ? by : string.CompareOrdinal(x.Group, y.Group);
        }
    }
}

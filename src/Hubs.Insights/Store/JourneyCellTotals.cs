using System.Runtime.InteropServices;
using Hubs.Insights.Disclosure;
using Hubs.Insights.Features.Tables;

namespace Hubs.Insights.Store;

/// <summary>
/// Journey cells summed row by row, for <see cref="JourneyCellsWrite"/> and a refill's copy: by their row of a table
/// (Hub, family, month, group), then by part and bucket within it, the part by its number
/// (<see cref="PartNumbers"/>) from the measure to the copy. A journey's cells of one row come one after another with
/// the very same strings, so the row is found by comparing references; a refill hands a row's sums over at once
/// (<see cref="IJourneyCellSink"/>), so no part's name is hashed and no cell made for it.
/// </summary>
internal sealed class JourneyCellTotals : IJourneyCellSink
{
    private readonly Dictionary<Row, JourneyCellRowTotals> rows = [];
    private Row last = new("", "", "", "");
    private JourneyCellRowTotals? sums;

    public void Add(JourneyCell cell, int sign)
    {
        RowOf(cell.Hub, cell.Family, cell.Month, cell.Group)
            .Add(new PartKey(PartNumbers.Of(cell.Part), cell.Bucket), sign * cell.Amount, sign * cell.Keys);
    }

    void IJourneyCellSink.Add(JourneyCell cell) => Add(cell, 1);

    void IJourneyCellSink.Add(string hub, string family, string month, string group, CellSums row)
    {
        if (row.Count == 0)
        {
            return;
        }

        var totals = RowOf(hub, family, month, group);
        var parts = row.EachPart();
        while (parts.MoveNext())
        {
            var (at, (amount, keys)) = parts.Current;
            totals.Add(at, amount, keys);
        }
    }

    private JourneyCellRowTotals RowOf(string hub, string family, string month, string group)
    {
        if (
            sums is null
            || !ReferenceEquals(hub, last.Hub)
            || !ReferenceEquals(family, last.Family)
            || !ReferenceEquals(month, last.Month)
            || !ReferenceEquals(group, last.Group)
        )
        {
            last = new Row(hub, family, month, group);
            ref var found = ref CollectionsMarshal.GetValueRefOrAddDefault(rows, last, out _);
            sums = found ??= new JourneyCellRowTotals();
        }

        return sums;
    }

    /// <summary>Another's sums added to these (halves of one Hub summed apart).</summary>
    public void Add(JourneyCellTotals other)
    {
        foreach (var (row, totals) in other.rows)
        {
            var into = RowOf(row.Hub, row.Family, row.Month, row.Group);
            foreach (var (at, total) in totals.Sums())
            {
                into.Add(at, total.Amount, total.Keys);
            }
        }
    }

    /// <summary>
    /// Every sum that is not nothing, in the table's key order (each string compared ordinally), one by one: a refill
    /// copies a Hub's rows as they come rather than a second list of them.
    /// </summary>
    public IEnumerable<JourneyCell> Rows()
    {
        foreach (var (row, totals) in rows.OrderBy(r => r.Key, RowOrder.Instance))
        {
            foreach (
                var cell in totals
                    .Sums()
                    .Select(s => (Part: PartNumbers.Name(s.At.Part), s.At.Bucket, Value: s.Total))
                    .OrderBy(s => s.Part, StringComparer.Ordinal)
                    .ThenBy(s => s.Bucket)
                    .Select(s => new JourneyCell(
                        row.Hub,
                        row.Family,
                        row.Month,
                        row.Group,
                        s.Part,
                        s.Bucket,
                        s.Value.Amount,
                        s.Value.Keys
                    ))
            )
            {
                yield return cell;
            }
        }
    }

    /// <summary>
    /// A row of a table, hashed by its texts' characters without the default's randomised hash: found for each of a
    /// journey's dozen rows, millions of times in a refill. The texts are Hubs' ids, months and the tables' own
    /// families and groups, never a client's words.
    /// </summary>
    private readonly record struct Row(string Hub, string Family, string Month, string Group)
    {
        public bool Equals(Row other) =>
            string.Equals(Hub, other.Hub, StringComparison.Ordinal)
            && string.Equals(Family, other.Family, StringComparison.Ordinal)
            && string.Equals(Month, other.Month, StringComparison.Ordinal)
            && string.Equals(Group, other.Group, StringComparison.Ordinal);

        public override int GetHashCode() => Hash(Group, Hash(Month, Hash(Family, Hash(Hub, 17))));

        private static int Hash(string text, int hash)
        {
            foreach (var c in text)
            {
                hash = unchecked((hash * 31) + c);
            }

            return hash;
        }
    }

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

using System.Runtime.InteropServices;
using Hubs.Insights.Features.Tables;

namespace Hubs.Insights.Store;

/// <summary>
/// Journey cells summed row by row, for <see cref="JourneyCellsWrite"/>: by their row of a table (Hub, family, month,
/// group), then by part and bucket within it. A journey's cells of one row come one after another with the very same
/// strings, so the row is found by comparing references; the part is numbered through a dictionary of strings alone
/// (which hashes faster than a tuple of them) and part and bucket are summed under one number. A refill sums millions
/// of cells: hashing five strings twice a cell was a fifth of the rebuild's import.
/// </summary>
internal sealed class JourneyCellTotals
{
    private readonly Dictionary<Row, Dictionary<long, Total>> rows = [];
    private readonly Dictionary<string, int> partNumbers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> partsSeen = new(ReferenceEqualityComparer.Instance);
    private readonly List<string> parts = [];
    private Row last = new("", "", "", "");
    private Dictionary<long, Total>? sums;

    public void Add(JourneyCell cell, int sign)
    {
        if (
            sums is null
            || !ReferenceEquals(cell.Hub, last.Hub)
            || !ReferenceEquals(cell.Family, last.Family)
            || !ReferenceEquals(cell.Month, last.Month)
            || !ReferenceEquals(cell.Group, last.Group)
        )
        {
            last = new Row(cell.Hub, cell.Family, cell.Month, cell.Group);
            ref var found = ref CollectionsMarshal.GetValueRefOrAddDefault(rows, last, out _);
            sums = found ??= [];
        }

        var at = ((long)NumberOf(cell.Part) << 32) | (uint)cell.Bucket;
        ref var total = ref CollectionsMarshal.GetValueRefOrAddDefault(sums, at, out _);
        total = new Total(total.Amount + (sign * cell.Amount), total.Keys + (sign * cell.Keys));
    }

    /// <summary>
    /// The part's number: found by the string's reference first (the measures' part names are made once, so nearly
    /// every cell's is one seen before), else by its characters. Only the first few references are kept: some parts
    /// are read afresh for each journey (an open spell's week).
    /// </summary>
    private int NumberOf(string part)
    {
        if (partsSeen.TryGetValue(part, out var seen))
        {
            return seen;
        }

        ref var number = ref CollectionsMarshal.GetValueRefOrAddDefault(partNumbers, part, out var known);
        if (!known)
        {
            number = parts.Count;
            parts.Add(part);
        }

        if (partsSeen.Count < 1024)
        {
            partsSeen[part] = number;
        }

        return number;
    }

    /// <summary>Another's sums added to these (halves of one Hub summed apart).</summary>
    public void Add(JourneyCellTotals other)
    {
        foreach (var (row, totals) in other.rows)
        {
            foreach (var (at, total) in totals)
            {
                var part = other.parts[(int)(at >> 32)];
                Add(
                    new JourneyCell(row.Hub, row.Family, row.Month, row.Group, part, (int)at, total.Amount, total.Keys),
                    1
                );
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
                    .Where(s => s.Value != default)
                    .Select(s => (Part: parts[(int)(s.Key >> 32)], Bucket: (int)s.Key, s.Value))
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

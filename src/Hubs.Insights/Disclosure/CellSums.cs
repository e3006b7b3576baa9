using System.Runtime.InteropServices;

namespace Hubs.Insights.Disclosure;

/// <summary>
/// One row's records summed part by part, so that a cell can be published from stored sums instead of its records
/// (<see cref="Measure{T}.PublishSums"/>): each part is what a measure's <see cref="Tally"/> needs (an amount and its
/// records' keys summed, the keys of the records with a positive amount only), a median's part one such sum per
/// whole-number value. Sums add up, so a quarter's row is its months' sums and a total row its rows'. Parts are kept
/// by number (<see cref="PartNumbers"/>) with their bucket as one <see cref="PartKey"/>: a refill adds millions.
/// </summary>
public sealed class CellSums
{
    private readonly Dictionary<PartKey, (long Amount, long Keys)> sums = [];

    /// <summary>
    /// <paramref name="weight"/> records, each contributing <paramref name="amount"/>, whose keys sum to
    /// <paramref name="keys"/> (one record: weight 1 and its key); nothing for an amount of 0 or less.
    /// </summary>
    public void Add(string part, int bucket, long amount, long weight, long keys) =>
        Add(PartNumbers.Of(part), bucket, amount, weight, keys);

    internal void Add(int part, int bucket, long amount, long weight, long keys)
    {
        if (amount > 0)
        {
            AddSum(new PartKey(part, bucket), amount * weight, keys);
        }
    }

    /// <summary>A stored sum of records (amount and keys already summed).</summary>
    public void AddSum(string part, int bucket, long amount, long keys) =>
        AddSum(new PartKey(PartNumbers.Of(part), bucket), amount, keys);

    private void AddSum(PartKey at, long amount, long keys)
    {
        ref var sum = ref CollectionsMarshal.GetValueRefOrAddDefault(sums, at, out _);
        sum = (sum.Amount + amount, (sum.Keys + keys) % Disclosure.Tally.Modulus);
    }

    /// <summary>Every part, for storing or adding to another row.</summary>
    public IEnumerable<(string Part, int Bucket, long Amount, long Keys)> Parts =>
        sums.Select(s => (PartNumbers.Name(s.Key.Part), s.Key.Bucket, s.Value.Amount, s.Value.Keys));

    /// <summary>
    /// Every part by its <see cref="PartKey"/>, with no enumerator or delegate made (<see cref="Parts"/> makes both):
    /// a refill reads millions.
    /// </summary>
    internal Dictionary<PartKey, (long Amount, long Keys)>.Enumerator EachPart() => sums.GetEnumerator();

    internal int Count => sums.Count;

    /// <summary>Emptied for the next row (a refill sums every journey's rows in one).</summary>
    internal void Clear() => sums.Clear();

    public void AddAll(CellSums other)
    {
        ArgumentNullException.ThrowIfNull(other);
        foreach (var (at, (amount, keys)) in other.sums)
        {
            AddSum(at, amount, keys);
        }
    }

    internal Tally TallyOf(int part)
    {
        var (amount, keys) = sums.GetValueOrDefault(new PartKey(part, 0));
        return new Tally(amount, keys % Disclosure.Tally.Modulus);
    }

    /// <summary>
    /// A median's part: its records' count and keys, and their values in order with how many of each.
    /// </summary>
    internal (Tally People, List<(int Value, long Count)> Values) Histogram(int part)
    {
        var values = sums.Where(s => s.Key.Part == part && s.Value.Amount > 0)
            .Select(s => (Value: s.Key.Bucket, Count: s.Value.Amount, s.Value.Keys))
            .OrderBy(v => v.Value)
            .ToList();
        var keys = values.Aggregate(0L, (sum, v) => (sum + v.Keys) % Disclosure.Tally.Modulus);
        return (new Tally(values.Sum(v => v.Count), keys), [.. values.Select(v => (v.Value, v.Count))]);
    }
}

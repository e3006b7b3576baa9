namespace Hubs.Insights.Disclosure;

/// <summary>
/// One row's records summed part by part, so that a cell can be published from stored sums instead of its records
/// (<see cref="Measure{T}.PublishSums"/>): each part is what a measure's <see cref="Tally"/> needs (an amount and its
/// records' keys summed, the keys of the records with a positive amount only), a median's part one such sum per
/// whole-number value. Sums add up, so a quarter's row is its months' sums and a total row its rows'.
/// </summary>
public sealed class CellSums
{
    private readonly Dictionary<(string Part, int Bucket), (long Amount, long Keys)> sums = new(PartEquality.Instance);

    /// <summary>
    /// <paramref name="weight"/> records, each contributing <paramref name="amount"/>, whose keys sum to
    /// <paramref name="keys"/> (one record: weight 1 and its key); nothing for an amount of 0 or less.
    /// </summary>
    public void Add(string part, int bucket, long amount, long weight, long keys)
    {
        if (amount > 0)
        {
            AddSum(part, bucket, amount * weight, keys);
        }
    }

    /// <summary>A stored sum of records (amount and keys already summed).</summary>
    public void AddSum(string part, int bucket, long amount, long keys)
    {
        var at = (part, bucket);
        var (a, k) = sums.GetValueOrDefault(at);
        sums[at] = (a + amount, (k + keys) % Disclosure.Tally.Modulus);
    }

    /// <summary>Every part, for storing or adding to another row.</summary>
    public IEnumerable<(string Part, int Bucket, long Amount, long Keys)> Parts =>
        sums.Select(s => (s.Key.Part, s.Key.Bucket, s.Value.Amount, s.Value.Keys));

    /// <summary>
    /// Every part, with no enumerator or delegate made (<see cref="Parts"/> makes both): a refill reads millions.
    /// </summary>
    internal Dictionary<(string Part, int Bucket), (long Amount, long Keys)>.Enumerator EachPart() =>
        sums.GetEnumerator();

    /// <summary>Emptied for the next row (a refill sums every journey's rows in one).</summary>
    internal void Clear() => sums.Clear();

    public void AddAll(CellSums other)
    {
        ArgumentNullException.ThrowIfNull(other);
        foreach (var (part, bucket, amount, keys) in other.Parts)
        {
            AddSum(part, bucket, amount, keys);
        }
    }

    internal Tally TallyOf(string part)
    {
        var (amount, keys) = sums.GetValueOrDefault((part, 0));
        return new Tally(amount, keys % Disclosure.Tally.Modulus);
    }

    /// <summary>
    /// A median's part: its records' count and keys, and their values in order with how many of each.
    /// </summary>
    internal (Tally People, List<(int Value, long Count)> Values) Histogram(string part)
    {
        var values = sums.Where(s => s.Key.Part == part && s.Value.Amount > 0)
            .Select(s => (Value: s.Key.Bucket, Count: s.Value.Amount, s.Value.Keys))
            .OrderBy(v => v.Value)
            .ToList();
        var keys = values.Aggregate(0L, (sum, v) => (sum + v.Keys) % Disclosure.Tally.Modulus);
        return (new Tally(values.Sum(v => v.Count), keys), [.. values.Select(v => (v.Value, v.Count))]);
    }

    /// <summary>
    /// Parts equal by ordinal comparison, hashed by their length and first, middle and last characters rather than by
    /// the default's randomised hash of every character: a refill adds each of millions of journeys' parts here, and
    /// that hash was a tenth of its host's time. The names are the measures' own (a key and a kind), never a client's.
    /// </summary>
    private sealed class PartEquality : IEqualityComparer<(string Part, int Bucket)>
    {
        public static readonly PartEquality Instance = new();

        public bool Equals((string Part, int Bucket) x, (string Part, int Bucket) y) =>
            x.Bucket == y.Bucket && string.Equals(x.Part, y.Part, StringComparison.Ordinal);

        public int GetHashCode((string Part, int Bucket) obj)
        {
            var (part, bucket) = obj;
            var length = part.Length;
            var hash =
                length == 0 ? 0 : (((((length * 31) + part[length - 1]) * 31) + part[length / 2]) * 31) + part[0];
            return unchecked(hash ^ (bucket * -1640531535));
        }
    }
}

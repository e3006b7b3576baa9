namespace Hubs.Insights.Disclosure;

/// <summary>
/// A figure before protection: its exact value and its cell key, the sum of the keys of the records behind
/// it modulo 2^31 (the cell-key method's "sum of record keys mod 1", in whole numbers so that it is exact).
/// The same records always give the same tally, in whichever table they are counted.
/// </summary>
public readonly record struct Tally(long Value, long Key)
{
    public const long Modulus = 1L << 31;

    /// <summary>One more record contributing <paramref name="amount"/> (1 for a person).</summary>
    public Tally Add(long amount, int recordKey) => new(Value + amount, (Key + recordKey) % Modulus);

    /// <summary>The records with a positive amount: amount summed, keys summed.</summary>
    public static Tally Of<T>(IEnumerable<Keyed<T>> records, Func<T, long> amount)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(amount);
        var tally = default(Tally);
        foreach (var record in records)
        {
            var a = amount(record.Record);
            if (a > 0)
            {
                tally = tally.Add(a, record.Key);
            }
        }

        return tally;
    }
}

/// <summary>A pseudonymous record with its record key.</summary>
public readonly record struct Keyed<T>(T Record, int Key);

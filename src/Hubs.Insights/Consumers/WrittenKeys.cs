using System.Runtime.CompilerServices;

namespace Hubs.Insights.Consumers;

/// <summary>
/// The row keys one rebuild run has written since the store was emptied, as a Bloom filter of fixed size (16 MB): a key
/// it has never seen is certainly not stored, so its row can go in with a plain <c>INSERT</c>, without the
/// <c>ON CONFLICT</c> probe of the key's index that was a fifth of PostgreSQL's time in a rebuild
/// (benchmarks/SCALE.md); a key it may have seen keeps its row's own rule. Only sound while no one else writes the
/// tables: the import makes one only for a run from an emptied store, and a batch turns it off for good once any live
/// message has been applied (<see cref="MilestoneBatch"/>). Should a plain insert meet a stored key all the same, the
/// database refuses it, and the batch is applied again with every row's own rule.
/// </summary>
public sealed class WrittenKeys
{
    private const int Probes = 3;
    private readonly ulong[] _bits = new ulong[1 << 21];

    /// <summary>Read as the import works out a batch's rows, while the batch before may turn it off.</summary>
    private volatile bool _enabled = true;

    public bool Enabled => _enabled;

    public void Disable() => _enabled = false;

    /// <summary>
    /// Marks the row's key as written, and says whether it may have been written before (every bit already set): false
    /// means certainly not. One hashing a row for both, as each row of a batch asks and is then written.
    /// </summary>
    public bool Add(RowSql sql, object?[] values)
    {
        ArgumentNullException.ThrowIfNull(sql);
        ArgumentNullException.ThrowIfNull(values);
        var (first, step) = Hashes(sql, values);
        var seen = true;
        for (var probe = 0; probe < Probes; probe++)
        {
            var bit = Bit(first, step, probe);
            ref var word = ref _bits[bit >> 6];
            var mask = 1UL << (int)(bit & 63);
            seen &= (word & mask) != 0;
            word |= mask;
        }

        return seen;
    }

    private uint Bit(uint first, uint step, int probe) =>
        (uint)((first + (ulong)probe * step) % ((ulong)_bits.Length * 64));

    /// <summary>Two hashes of the statement and the row's key columns, combined in different orders.</summary>
    private static (uint First, uint Step) Hashes(RowSql sql, object?[] values)
    {
        var (first, second) = (new HashCode(), new HashCode());
        first.Add(RuntimeHelpers.GetHashCode(sql));
        second.Add(values.Length);
        for (var i = 0; i < sql.KeyLength; i++)
        {
            first.Add(values[i]);
            second.Add(values[sql.KeyLength - 1 - i]);
        }

        second.Add(RuntimeHelpers.GetHashCode(sql));
        return ((uint)first.ToHashCode(), (uint)second.ToHashCode() | 1);
    }
}

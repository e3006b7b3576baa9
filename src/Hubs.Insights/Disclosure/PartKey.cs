namespace Hubs.Insights.Disclosure;

/// <summary>
/// A part's number (<see cref="PartNumbers"/>) and a bucket as one key of a row's sums. Hashed by multiplying the
/// two together out to the high bits: a <see cref="long"/>'s own hash XORs its halves, so a median's buckets and the
/// parts' numbers fell on the same few hundred values and the sums' look-ups walked long chains.
/// </summary>
internal readonly struct PartKey(int part, int bucket) : IEquatable<PartKey>
{
    private readonly long value = ((long)part << 32) | (uint)bucket;

    public int Part => (int)(value >> 32);

    public int Bucket => (int)value;

    public bool Equals(PartKey other) => value == other.value;

    public override bool Equals(object? obj) => obj is PartKey other && Equals(other);

    public override int GetHashCode() => (int)(((ulong)value * 0x9E3779B97F4A7C15UL) >> 32);
}

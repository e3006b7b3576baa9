using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Hubs.Insights.Disclosure;

/// <summary>
/// Each record's key for the cell-key method: a number in [0, 2^31) that looks random but is fixed for the
/// record. It is HMAC-SHA256 of the record's pseudonymous key under a secret salt that only Insights holds
/// (stored in its own database and kept by a rebuild), so a journey has the same key in every table, on
/// every day and after a rebuild, and nobody without the salt can work the key out.
/// </summary>
public sealed class RecordKeys
{
    private readonly byte[] salt;

    public RecordKeys(byte[] salt)
    {
        ArgumentNullException.ThrowIfNull(salt);
        ArgumentOutOfRangeException.ThrowIfLessThan(salt.Length, 16);
        this.salt = salt;
    }

    public int Of(string pseudonym)
    {
        ArgumentNullException.ThrowIfNull(pseudonym);
        Span<byte> hash = stackalloc byte[32];
        HMACSHA256.HashData(salt, Encoding.UTF8.GetBytes(pseudonym), hash);
        return (int)(BinaryPrimitives.ReadUInt32BigEndian(hash) & 0x7FFFFFFF);
    }
}

/// <summary>Where the query layer gets the record keys (the salt is read from the store once).</summary>
public interface IRecordKeySource
{
    Task<RecordKeys> GetAsync(CancellationToken cancellationToken);
}

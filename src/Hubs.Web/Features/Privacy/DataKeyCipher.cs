using System.Security.Cryptography;

namespace Hubs.Web.Features.Privacy;

/// <summary>
/// AES-256-GCM with a fresh 96-bit nonce per value; the owner id is bound in as associated data, so a
/// sealed value moved onto another keyworker's record fails to open. Layout: nonce | tag | ciphertext.
/// A write seals or opens many values under one journey's key in a row, so each thread keeps the cipher of the key
/// it used last (an <see cref="AesGcm"/> is keyed once, and is not safe to share between threads); the nonce is
/// still fresh for every value.
/// </summary>
public static class DataKeyCipher
{
    private const int NonceSize = 12;
    private const int TagSize = 16;

    [ThreadStatic]
    private static (byte[] Key, AesGcm Cipher)? _last;

    public static byte[] Seal(byte[] key, Guid ownerId, ReadOnlySpan<byte> plaintext)
    {
        var sealedValue = new byte[NonceSize + TagSize + plaintext.Length];
        var nonce = sealedValue.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        For(key)
            .Encrypt(
                nonce,
                plaintext,
                sealedValue.AsSpan(NonceSize + TagSize),
                sealedValue.AsSpan(NonceSize, TagSize),
                ownerId.ToByteArray()
            );
        return sealedValue;
    }

    public static byte[] Open(byte[] key, Guid ownerId, ReadOnlySpan<byte> sealedValue)
    {
        var plaintext = new byte[sealedValue.Length - NonceSize - TagSize];
        For(key)
            .Decrypt(
                sealedValue[..NonceSize],
                sealedValue[(NonceSize + TagSize)..],
                sealedValue.Slice(NonceSize, TagSize),
                plaintext,
                ownerId.ToByteArray()
            );
        return plaintext;
    }

    /// <summary>
    /// This thread's cipher for <paramref name="key"/>: the last one if it was made for the same bytes (compared, not
    /// by reference, so a key array changed in place is never used with its old cipher), else a new one.
    /// </summary>
    private static AesGcm For(byte[] key)
    {
        if (_last is { } last && CryptographicOperations.FixedTimeEquals(last.Key, key))
        {
            return last.Cipher;
        }

        var cipher = new AesGcm(key, TagSize);
        _last?.Cipher.Dispose();
        _last = (key.ToArray(), cipher);
        return cipher;
    }
}

using System.Security.Cryptography;

namespace Hubs.Web.Features.Privacy;

/// <summary>
/// AES-256-GCM with a fresh 96-bit nonce per value; the owner id is bound in as associated data, so a
/// sealed value moved onto another keyworker's record fails to open. Layout: nonce | tag | ciphertext.
/// </summary>
public static class DataKeyCipher
{
    private const int NonceSize = 12;
    private const int TagSize = 16;

    public static byte[] Seal(byte[] key, Guid ownerId, ReadOnlySpan<byte> plaintext)
    {
        var sealedValue = new byte[NonceSize + TagSize + plaintext.Length];
        var nonce = sealedValue.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagSize);
        aes.Encrypt(
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
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(
            sealedValue[..NonceSize],
            sealedValue[(NonceSize + TagSize)..],
            sealedValue.Slice(NonceSize, TagSize),
            plaintext,
            ownerId.ToByteArray()
        );
        return plaintext;
    }
}

using System.Security.Cryptography;
using System.Text;

namespace Hubs.Identity.Accounts;

/// <summary>
/// Recovery codes are shown once and stored only as salted PBKDF2 hashes (<c>h1:salt.hash</c>, joined by <c>;</c> as
/// Identity joins codes). About 47 random bits per code, with 20,000 iterations, is out of reach of an offline guess
/// from a leaked table, while checking ten codes at a sign-in stays cheap. A code stored in clear by an earlier
/// version has no prefix: it still works once, and the <c>migrate</c> command hashes it.
/// </summary>
public static class HashedRecoveryCodes
{
    public const string Prefix = "h1:";
    private const int Iterations = 20_000;
    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    public static bool IsHashed(string stored) => stored.StartsWith(Prefix, StringComparison.Ordinal);

    public static string Hash(string code)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        return $"{Prefix}{Convert.ToBase64String(salt)}.{Convert.ToBase64String(Derive(code, salt))}";
    }

    /// <summary>
    /// Whether <paramref name="code"/> (as a person types it: any case, spaces or hyphens) is this stored code.
    /// </summary>
    public static bool Matches(string stored, string code)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (!IsHashed(stored))
        {
            return CryptographicOperations.FixedTimeEquals(
                Encoding.UTF8.GetBytes(Normalize(stored)),
                Encoding.UTF8.GetBytes(Normalize(code))
            );
        }

        var parts = stored[Prefix.Length..].Split('.');
        return parts.Length == 2
            && CryptographicOperations.FixedTimeEquals(
                Derive(code, Convert.FromBase64String(parts[0])),
                Convert.FromBase64String(parts[1])
            );
    }

    private static byte[] Derive(string code, byte[] salt) =>
        Rfc2898DeriveBytes.Pbkdf2(
            Encoding.UTF8.GetBytes(Normalize(code)),
            salt,
            Iterations,
            HashAlgorithmName.SHA256,
            HashBytes
        );

    private static string Normalize(string code) =>
        new([
            .. code.Where(character => character != '-' && !char.IsWhiteSpace(character)).Select(char.ToUpperInvariant),
        ]);
}

using System.Security.Cryptography;
using System.Text;

namespace Hubs.Web.Features.Journeys.TakingReferralByPhone;

/// <summary>
/// Claim codes: 16 characters of Crockford's base32 from 80 random bits (read out or written down easily, never
/// guessed: with the claim page's rate limit and a 7-day life, guessing one is hopeless), stored only as a hash.
/// </summary>
public static class ClaimCodes
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private const int Length = 16;

    /// <summary>A new code, in groups of four for reading out ("7KQ2-…").</summary>
    public static string NewCode()
    {
        var bytes = RandomNumberGenerator.GetBytes(Length);
        var chars = bytes.Select(b => Alphabet[b % Alphabet.Length]).ToArray();
        return string.Join('-', Enumerable.Range(0, Length / 4).Select(i => new string(chars, i * 4, 4)));
    }

    /// <summary>
    /// The hash a typed code is looked up by: case, spaces and dashes ignored; O read as 0, I and L as 1.
    /// </summary>
    public static string? HashOf(string? typed)
    {
        if (typed is null || typed.Length > 64)
        {
            return null;
        }

        var normal = new string([
            .. typed
                .ToUpperInvariant()
                .Where(c => c is not ('-' or ' '))
                .Select(c =>
                    c switch
                    {
                        'O' => '0',
                        'I' or 'L' => '1',
                        _ => c,
                    }
                ),
        ]);
        return normal.Length == Length && normal.All(Alphabet.Contains)
            ? Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(normal)))
            : null;
    }
}

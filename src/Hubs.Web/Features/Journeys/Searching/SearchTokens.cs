using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Hubs.Web.Features.Journeys.Searching;

/// <summary>
/// The blind index's tokens (README.md beside this file): an HMAC-SHA-256 under the Hub's search key of each trigram
/// of the folded name, of the email address in upper case and of the date of birth, truncated to a few bits so that
/// many values share each token on purpose; a search's candidates are confirmed by unsealing them. A token is
/// <c>hub tag (31 bits) | kind (4 bits) | truncated HMAC</c>, so the GIN index keeps each Hub's and kind's apart.
/// </summary>
public static class SearchTokens
{
    public const int Trigram = 3;
    internal const int NameBits = 12;
    internal const int EmailBits = 12;
    internal const int DateOfBirthBits = 10;

    /// <summary>Name tokens are padded with random ones to a multiple of this, so their count says little.</summary>
    internal const int NamePadding = 8;

    private enum Kind
    {
        Name = 1,
        Email = 2,
        DateOfBirth = 3,
    }

    /// <summary>Every token of one person's details, distinct and sorted.</summary>
    public static long[] Of(byte[] key, string hubId, PersonalDetails person)
    {
        ArgumentNullException.ThrowIfNull(person);
        var hub = HubTag(hubId);
        // One HMAC, keyed once, for all of a referral's values (each hash resets it).
        using var mac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
        var name = NameTokens(mac, hub, SearchText.Words(person.Name)).ToHashSet();
        while (name.Count % NamePadding != 0 || name.Count == 0)
        {
            name.Add(Token(hub, Kind.Name, NameBits, RandomNumberGenerator.GetBytes(4)));
        }

        var tokens = name.Append(Token(mac, hub, Kind.Email, EmailBits, EmailText(person.Email)));
        if (person.DateOfBirth is { } born)
        {
            tokens = tokens.Append(Token(mac, hub, Kind.DateOfBirth, DateOfBirthBits, DateText(born)));
        }

        return [.. tokens.Distinct().Order()];
    }

    /// <summary>The tokens every candidate of a search holds; none for a reference (it is not indexed).</summary>
    public static long[] For(byte[] key, string hubId, StaffSearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var hub = HubTag(hubId);
        using var mac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
        IEnumerable<long> tokens = query.Kind switch
        {
            SearchKind.Name => NameTokens(mac, hub, SearchText.Words(query.Text)),
            SearchKind.Email => [Token(mac, hub, Kind.Email, EmailBits, EmailText(query.Text))],
            SearchKind.DateOfBirth => [Token(mac, hub, Kind.DateOfBirth, DateOfBirthBits, DateText(query.Date!.Value))],
            _ => [],
        };
        return [.. tokens.Distinct().Order()];
    }

    /// <summary>
    /// Each word's trigrams: a word typed is part of one folded word of the name, so its trigrams are among the name's.
    /// A word of 1 or 2 letters has none; it is checked on the candidates the longer words found.
    /// </summary>
    private static IEnumerable<long> NameTokens(IncrementalHash mac, long hub, IEnumerable<string> words) =>
        words
            .Where(w => w.Length >= Trigram)
            .SelectMany(w => Enumerable.Range(0, w.Length - Trigram + 1).Select(i => w.Substring(i, Trigram)))
            .Distinct(StringComparer.Ordinal)
            .Select(t => Token(mac, hub, Kind.Name, NameBits, t));

    // Email search compares with OrdinalIgnoreCase, which is equality of the upper-case forms.
    private static string EmailText(string email) => email.Trim().ToUpperInvariant();

    private static string DateText(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static long Token(IncrementalHash mac, long hub, Kind kind, int bits, string text)
    {
        Span<byte> hash = stackalloc byte[32];
        mac.AppendData(Encoding.UTF8.GetBytes($"{(int)kind}:{text}"));
        mac.GetHashAndReset(hash);
        return Token(hub, kind, bits, hash);
    }

    private static long Token(long hub, Kind kind, int bits, ReadOnlySpan<byte> bytes) =>
        hub | ((long)kind << 24) | (BinaryPrimitives.ReadUInt32BigEndian(bytes) >> (32 - bits));

    /// <summary>
    /// Not a secret (the Hub is in clear beside it): keeps one Hub's tokens apart in the shared index.
    /// </summary>
    private static long HubTag(string hubId) =>
        (long)(BinaryPrimitives.ReadInt32BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(hubId))) & 0x7fffffff) << 32;
}

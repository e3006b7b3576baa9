using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.Searching;

namespace Hubs.Web.Tests.Clinic.Search;

/// <summary>The blind index's tokens (issue 22), without a database.</summary>
public class SearchTokensTests
{
    private static readonly byte[] Key = [.. Enumerable.Range(1, 32).Select(i => (byte)i)];

    [Fact]
    public void Characters_equal_ignoring_case_as_email_search_compares_them_have_one_upper_case_form()
    {
        // Email search compares with OrdinalIgnoreCase and its token is of the upper-case form: were two characters
        // equal one way and not the other, a typed address could miss its person.
        var differing = Enumerable
            .Range(0, char.MaxValue + 1)
            .Where(c => c is < 0xD800 or > 0xDFFF)
            .Select(c => ((char)c).ToString())
            .GroupBy(c => c, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Select(c => c.ToUpperInvariant()).Distinct(StringComparer.Ordinal).Count() > 1)
            .Select(g => string.Join(" ", g))
            .ToList();
        Assert.Empty(differing);
    }

    [Fact]
    public void A_word_typed_has_tokens_among_the_names_and_another_hub_or_key_gives_other_tokens()
    {
        var person = new PersonalDetails(
            "Zoë Quillfeather-Ávila",
            "Zoe@Example.org",
            null,
            null,
            "Help.",
            new(1990, 1, 2)
        );
        var stored = SearchTokens.Of(Key, "north", person);
        foreach (var typed in new[] { "zoe", "QUILL", "feather avila", "ZOE@example.ORG" })
        {
            var query = StaffSearchQuery.Read(typed, null, null, null).Query!;
            Assert.Subset(stored.ToHashSet(), SearchTokens.For(Key, "north", query).ToHashSet());
        }

        var born = SearchTokens.For(Key, "north", new StaffSearchQuery(SearchKind.DateOfBirth, "", new(1990, 1, 2)));
        Assert.Subset(stored.ToHashSet(), born.ToHashSet());
        Assert.Empty(stored.Intersect(SearchTokens.Of(Key, "south", person)));
        // Truncated tokens collide on purpose: under another key only a few may coincide.
        Assert.True(stored.Intersect(SearchTokens.Of([.. Key.Reverse()], "north", person)).Count() < stored.Length / 2);
        Assert.Equal(0, (stored.Length - 2) % SearchTokens.NamePadding);
    }

    [Fact]
    public void Each_token_is_the_keyed_hash_of_its_own_value_whatever_was_hashed_before_it()
    {
        // Stored tokens must stay what they were when written: each one the HMAC of its own value alone, though a
        // referral's tokens now share one keyed hash (a hash not reset between values would change them all).
        var person = new PersonalDetails("Ann Example", "ann@example.org", null, null, "Help.", new(1990, 1, 2));
        var stored = SearchTokens.Of(Key, "north", person);
        foreach (var (kind, bits, text) in new[] { (2, 12, "ANN@EXAMPLE.ORG"), (3, 10, "1990-01-02"), (1, 12, "exa") })
        {
            var mac = HMACSHA256.HashData(Key, Encoding.UTF8.GetBytes($"{kind}:{text}"));
            var hub = (long)(BinaryPrimitives.ReadInt32BigEndian(SHA256.HashData("north"u8)) & 0x7fffffff) << 32;
            var token = hub | ((long)kind << 24) | (BinaryPrimitives.ReadUInt32BigEndian(mac) >> (32 - bits));
            Assert.Contains(token, stored);
        }
    }
}

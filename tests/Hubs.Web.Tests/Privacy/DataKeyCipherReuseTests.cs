using System.Security.Cryptography;
using Hubs.Web.Features.Privacy;

namespace Hubs.Web.Tests.Privacy;

/// <summary>
/// The cipher kept per thread and key (issue 22's write path): values sealed at once on many threads under many keys
/// each open under their own key only, a key changed in place is never used with its old cipher, and every value gets
/// its own nonce.
/// </summary>
public class DataKeyCipherReuseTests
{
    [Fact]
    public void Values_sealed_at_once_on_many_threads_under_their_own_keys_each_open_with_theirs_only()
    {
        // Owners taken in turn, so that threads change keys on almost every value: a cipher shared between threads
        // would be replaced (and disposed) under another thread's feet.
        var owners = Enumerable
            .Range(0, 16)
            .Select(_ => (Id: Guid.NewGuid(), Key: RandomNumberGenerator.GetBytes(32)))
            .ToArray();
        var sealedValues = Enumerable
            .Range(0, 40_000)
            .AsParallel()
            .WithDegreeOfParallelism(8)
            .Select(i => (Owner: owners[i % owners.Length], i))
            .Select(v => (v.Owner, v.i, Sealed: DataKeyCipher.Seal(v.Owner.Key, v.Owner.Id, Plain(v.Owner.Id, v.i))))
            .ToList();

        var opened = sealedValues
            .AsParallel()
            .WithDegreeOfParallelism(8)
            .Select(v => DataKeyCipher.Open(v.Owner.Key, v.Owner.Id, v.Sealed).SequenceEqual(Plain(v.Owner.Id, v.i)))
            .ToList();
        Assert.All(opened, Assert.True);
        var (first, second) = (sealedValues[0], sealedValues.First(v => v.Owner.Id != sealedValues[0].Owner.Id));
        Assert.ThrowsAny<CryptographicException>(() =>
            DataKeyCipher.Open(second.Owner.Key, first.Owner.Id, first.Sealed)
        );
    }

    [Fact]
    public void A_key_changed_in_place_seals_with_its_new_bytes_and_the_same_value_twice_gets_two_nonces()
    {
        var owner = Guid.NewGuid();
        var key = RandomNumberGenerator.GetBytes(32);
        var once = DataKeyCipher.Seal(key, owner, "marker"u8);
        var twice = DataKeyCipher.Seal(key, owner, "marker"u8);
        Assert.NotEqual(once.AsSpan(0, 12).ToArray(), twice.AsSpan(0, 12).ToArray());

        var before = key.ToArray();
        RandomNumberGenerator.Fill(key);
        var after = DataKeyCipher.Seal(key, owner, "marker"u8);
        Assert.Equal("marker"u8.ToArray(), DataKeyCipher.Open(key, owner, after));
        Assert.ThrowsAny<CryptographicException>(() => DataKeyCipher.Open(before, owner, after));
        Assert.Equal("marker"u8.ToArray(), DataKeyCipher.Open(before, owner, once));
    }

    private static byte[] Plain(Guid owner, int i) => System.Text.Encoding.UTF8.GetBytes($"{owner}:{i}");
}

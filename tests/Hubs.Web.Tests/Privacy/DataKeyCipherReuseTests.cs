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
        var owners = Enumerable.Range(0, 16).Select(_ => (Id: Guid.NewGuid(), Key: RandomNumberGenerator.GetBytes(32)));
        var sealedValues = owners
            .AsParallel()
            .WithDegreeOfParallelism(8)
            .SelectMany(owner =>
                Enumerable
                    .Range(0, 200)
                    .Select(i => (owner, i, Sealed: DataKeyCipher.Seal(owner.Key, owner.Id, Plain(owner.Id, i))))
            )
            .ToList();

        var opened = sealedValues
            .AsParallel()
            .WithDegreeOfParallelism(8)
            .Select(v => DataKeyCipher.Open(v.owner.Key, v.owner.Id, v.Sealed).SequenceEqual(Plain(v.owner.Id, v.i)))
            .ToList();
        Assert.All(opened, Assert.True);
        var (first, second) = (sealedValues[0], sealedValues.First(v => v.owner.Id != sealedValues[0].owner.Id));
        Assert.ThrowsAny<CryptographicException>(() => DataKeyCipher.Open(second.owner.Key, first.owner.Id, first.Sealed));
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

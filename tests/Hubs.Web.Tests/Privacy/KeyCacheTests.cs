using Hubs.Testing;
using Hubs.Web.Features.Privacy;
using Npgsql;

namespace Hubs.Web.Tests.Privacy;

/// <summary>
/// Data keys read once are not kept: a host that has unsealed many journeys (a staff search reads a whole Hub's)
/// holds their unwrapped keys only for the cache's half-minute, so its memory does not grow with the data set and no
/// key stays in memory after it would have been read afresh.
/// </summary>
public class KeyCacheTests(WebHostFixture web) : IClassFixture<WebHostFixture>
{
    [Fact]
    public async Task Keys_past_the_cache_time_are_dropped_from_memory_not_only_read_again()
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        await using var data = NpgsqlDataSource.Create(web.Database.Clinical);
        var keys = new KeyworkerKeys(data, new MasterKeys(HubsSettings.DataMasterKey, []), clock);
        var owners = Enumerable.Range(0, 300).Select(_ => Guid.NewGuid()).ToArray();
        await keys.CreateManyAsync(owners, CancellationToken.None);
        Assert.Equal(owners.Length, keys.Cached);

        clock.Advance(KeyworkerKeys.CacheFor + TimeSpan.FromSeconds(1));
        var later = Guid.NewGuid();
        await keys.CreateManyAsync([later], CancellationToken.None);

        Assert.Equal(1, keys.Cached);
        Assert.NotNull(keys.Find(owners[0]));
    }
}

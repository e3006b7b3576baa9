using Hubs.Web.Features.Publishing;

namespace Hubs.Web.Tests.Publishing;

/// <summary>
/// On a log whose journeys interleave, a page of the export holds events of thousands of journeys and each journey's
/// events lie pages apart: the export reads a journey's snapshot once while it is among the last journeys it read,
/// not once a page, keeps no more than its capacity, and lets a journey go once its last event is read.
/// </summary>
public class JourneyMappingCacheTests
{
    private readonly List<Guid> _read = [];

    [Fact]
    public async Task A_journey_read_for_one_page_is_not_read_again_for_a_later_page()
    {
        var cache = new JourneyMappingCache(capacity: 100);
        var (first, second, third) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());

        await cache.LoadAsync([first, second], ReadAsync);
        var page = await cache.LoadAsync([second, third, first], ReadAsync);

        Assert.Equal([first, second, third], _read);
        Assert.Equal(new[] { first, second, third }.Order(), page.Keys.Order());
    }

    [Fact]
    public async Task Journeys_not_seen_for_longer_than_its_capacity_are_dropped_and_read_again()
    {
        var cache = new JourneyMappingCache(capacity: 10);
        var early = Guid.NewGuid();
        await cache.LoadAsync([early], ReadAsync);
        for (var page = 0; page < 10; page++)
        {
            await cache.LoadAsync([.. Enumerable.Range(0, 5).Select(_ => Guid.NewGuid())], ReadAsync);
        }

        await cache.LoadAsync([early], ReadAsync);

        Assert.Equal(2, _read.Count(id => id == early));
        Assert.Equal(52, _read.Count);
    }

    [Fact]
    public async Task A_journey_is_dropped_once_its_last_event_is_read_and_kept_while_it_has_more()
    {
        var cache = new JourneyMappingCache(capacity: 100);
        var (ended, going) = (Guid.NewGuid(), Guid.NewGuid());
        await cache.LoadAsync([ended, going], ReadAsync);

        cache.Passed([(ended, LastVersion), (going, LastVersion - 1)]);
        await cache.LoadAsync([ended, going], ReadAsync);

        Assert.Equal([ended, going, ended], _read);
    }

    /// <summary>Every journey read here has had <see cref="LastVersion"/> events.</summary>
    private const long LastVersion = 7;

    private Task<IReadOnlyDictionary<Guid, JourneyMapping>> ReadAsync(Guid[] ids)
    {
        _read.AddRange(ids);
        return Task.FromResult<IReadOnlyDictionary<Guid, JourneyMapping>>(
            ids.ToDictionary(
                id => id,
                _ => new JourneyMapping("east", DateTimeOffset.UnixEpoch, [], []) { Version = LastVersion }
            )
        );
    }
}

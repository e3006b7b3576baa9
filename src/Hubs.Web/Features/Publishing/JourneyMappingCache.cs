namespace Hubs.Web.Features.Publishing;

/// <summary>
/// The rebuild export's journey mappings (<see cref="JourneyMappingColumns"/>) kept from page to page. On a log whose
/// journeys interleave, as a real one does, a page of 5,000 events holds events of thousands of journeys, and each
/// journey's events lie pages apart: read once a page, every snapshot was read for nearly every event (the export's
/// CPU and its database's tripled on such a log). The fields the mapper reads never change once recorded
/// (<see cref="MilestoneContext"/>), and every event the export maps was committed before it started, so a snapshot
/// read at an earlier page of the export maps an event as one read at the event's own page would. A journey goes
/// once its last event is read (most journeys of a store have ended), so only the journeys still open are kept;
/// and bounded: the journeys of the last two generations of half the capacity each, a journey seen again moved to
/// the newer.
/// </summary>
internal sealed class JourneyMappingCache(int capacity)
{
    private Dictionary<Guid, JourneyMapping> _newer = [];
    private Dictionary<Guid, JourneyMapping> _older = [];

    /// <summary>
    /// The journeys of <paramref name="ids"/>; those not kept read by <paramref name="read"/>, at once.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, JourneyMapping>> LoadAsync(
        Guid[] ids,
        Func<Guid[], Task<IReadOnlyDictionary<Guid, JourneyMapping>>> read
    )
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(read);
        var journeys = new Dictionary<Guid, JourneyMapping>(ids.Length);
        var missing = new List<Guid>();
        foreach (var id in ids)
        {
            if (_newer.TryGetValue(id, out var journey) || _older.Remove(id, out journey))
            {
                Keep(id, journey);
                journeys.Add(id, journey);
            }
            else
            {
                missing.Add(id);
            }
        }

        if (missing.Count > 0)
        {
            foreach (var (id, journey) in await read([.. missing]))
            {
                Keep(id, journey);
                journeys.Add(id, journey);
            }
        }

        return journeys;
    }

    /// <summary>
    /// The journey events of a page read (stream, version): a journey whose last event, when it was read, is among
    /// them has no more to map, and goes.
    /// </summary>
    public void Passed(IEnumerable<(Guid Stream, long Version)> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        foreach (var (stream, version) in events)
        {
            if (_newer.TryGetValue(stream, out var journey) || _older.TryGetValue(stream, out journey))
            {
                if (version >= journey.Version)
                {
                    _newer.Remove(stream);
                    _older.Remove(stream);
                }
            }
        }
    }

    private void Keep(Guid id, JourneyMapping journey)
    {
        if (_newer.Count >= capacity / 2 && !_newer.ContainsKey(id))
        {
            (_older, _newer) = (_newer, []);
        }

        _newer[id] = journey;
    }
}

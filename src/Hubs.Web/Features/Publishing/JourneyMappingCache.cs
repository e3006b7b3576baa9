using Hubs.Web.Features.Journeys;

namespace Hubs.Web.Features.Publishing;

/// <summary>
/// The rebuild export's journey snapshots (<see cref="JourneyMappingColumns"/>) kept from page to page. On a log whose
/// journeys interleave, as a real one does, a page of 5,000 events holds events of thousands of journeys, and each
/// journey's events lie pages apart: read once a page, every snapshot was read for nearly every event (the export's
/// CPU and its database's tripled on such a log). The fields the mapper reads never change once recorded
/// (<see cref="MilestoneContext"/>), and every event the export maps was committed before it started, so a snapshot
/// read at an earlier page of the export maps an event as one read at the event's own page would. Bounded: the
/// journeys of the last two generations of half the capacity each, a journey seen again moved to the newer.
/// </summary>
internal sealed class JourneyMappingCache(int capacity)
{
    private Dictionary<Guid, Journey> _newer = [];
    private Dictionary<Guid, Journey> _older = [];

    /// <summary>
    /// The journeys of <paramref name="ids"/>; those not kept read by <paramref name="read"/>, at once.
    /// </summary>
    public async Task<IReadOnlyList<Journey>> LoadAsync(Guid[] ids, Func<Guid[], Task<IReadOnlyList<Journey>>> read)
    {
        ArgumentNullException.ThrowIfNull(ids);
        ArgumentNullException.ThrowIfNull(read);
        var journeys = new List<Journey>(ids.Length);
        var missing = new List<Guid>();
        foreach (var id in ids)
        {
            if (_newer.TryGetValue(id, out var journey) || _older.Remove(id, out journey))
            {
                Keep(journey);
                journeys.Add(journey);
            }
            else
            {
                missing.Add(id);
            }
        }

        foreach (var journey in missing.Count == 0 ? [] : await read([.. missing]))
        {
            Keep(journey);
            journeys.Add(journey);
        }

        return journeys;
    }

    private void Keep(Journey journey)
    {
        if (_newer.Count >= capacity / 2 && !_newer.ContainsKey(journey.Id))
        {
            (_older, _newer) = (_newer, []);
        }

        _newer[journey.Id] = journey;
    }
}

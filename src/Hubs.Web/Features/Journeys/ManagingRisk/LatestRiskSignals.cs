using Marten;
using Marten.Events;

namespace Hubs.Web.Features.Journeys.ManagingRisk;

/// <summary>
/// The latest risk signal of each listed journey, for the lists that show its source and date beside the risk
/// (caseload, the lead's open-risk list): one query over their streams' risk-related events (the types
/// <see cref="RiskHistory"/> folds; appointments and the rest are most of a stream), folded by it.
/// </summary>
public static class LatestRiskSignals
{
    public static async Task<IReadOnlyDictionary<Guid, RiskSignal>> ReadAsync(
        IQuerySession session,
        IEnumerable<Guid> journeyIds,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(session);
        var ids = journeyIds.Distinct().ToArray();
        if (ids.Length == 0)
        {
            return new Dictionary<Guid, RiskSignal>();
        }

        var events = await session
            .Events.QueryAllRawEvents()
            .Where(e => ids.Contains(e.StreamId) && e.EventTypesAre(RiskHistory.Reads))
            .ToListAsync(cancellationToken);
        var latest = new Dictionary<Guid, RiskSignal>();
        foreach (var stream in events.GroupBy(e => e.StreamId))
        {
            if (RiskHistory.From(stream.OrderBy(e => e.Version).Select(e => e.Data)).Latest is { } signal)
            {
                latest[stream.Key] = signal;
            }
        }

        return latest;
    }
}

using Hubs.Web.Features.AdverseEvents;
using Hubs.Web.Features.Consultations;
using Hubs.Web.Features.Outreach;
using Hubs.Web.Features.Workshops;
using JasperFx.Events;
using Marten;

namespace Hubs.Web.Features.Publishing;

/// <summary>
/// The streams of Hub work beyond journeys and team activities (adverse events, workshops, consultations,
/// outreach): which of their events have a contract, and their inline snapshots, loaded once per page of events.
/// </summary>
internal static class HubWorkSnapshots
{
    /// <returns>The snapshot type of the event's stream when the event has a contract, else null.</returns>
    public static Type? TypeOf(object data) =>
        data switch
        {
            _ when AdverseEventMilestones.Types.Contains(data) => typeof(AdverseEvent),
            _ when WorkshopMilestones.Types.Contains(data) => typeof(Workshop),
            _ when ConsultationMilestones.Types.Contains(data) => typeof(Consultation),
            _ when OutreachMilestones.Types.Contains(data) => typeof(OutreachContact),
            _ => null,
        };

    public static async Task<IReadOnlyDictionary<Guid, object>> LoadAsync(
        IQuerySession session,
        IReadOnlyList<IEvent> events,
        CancellationToken cancellationToken
    )
    {
        var snapshots = new Dictionary<Guid, object>();
        // Each event's kind found once: four passes testing every event against each kind were 2-3 % of the export.
        var streams = events
            .Select(e => (Type: TypeOf(e.Data), e.StreamId))
            .Where(s => s.Type is not null)
            .ToLookup(s => s.Type!, s => s.StreamId);
        await AddAsync<AdverseEvent>(a => a.Id);
        await AddAsync<Workshop>(w => w.Id);
        await AddAsync<Consultation>(c => c.Id);
        await AddAsync<OutreachContact>(o => o.Id);
        return snapshots;

        async Task AddAsync<T>(Func<T, Guid> idOf)
            where T : notnull
        {
            var ids = streams[typeof(T)].Distinct().ToArray();
            if (ids.Length == 0)
            {
                return;
            }

            foreach (var snapshot in await session.LoadManyAsync<T>(cancellationToken, ids))
            {
                snapshots[idOf(snapshot)] = snapshot;
            }
        }
    }
}

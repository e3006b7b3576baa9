using Hubs.Web.Features.Journeys.Events;
using Marten;

namespace Hubs.Web.Features.Journeys.ReadModels;

/// <summary>
/// The keyworkers' names for a staff list, unsealed from each journey's first event (as the journey record does);
/// a shredded name is absent. Names are shown only; never logged, stored elsewhere or published.
/// </summary>
public static class KeyworkerNames
{
    public static async Task<IReadOnlyDictionary<Guid, string>> ReadAsync(
        IQuerySession session,
        IEnumerable<Guid> journeyIds,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(session);
        var ids = journeyIds.Distinct().ToArray();
        if (ids.Length == 0)
        {
            return new Dictionary<Guid, string>();
        }

        return (await JourneyReferrals.ReadAsync(session, ids, cancellationToken))
            .Where(e => !string.IsNullOrWhiteSpace(e.Person.Value?.Name))
            .ToDictionary(e => e.JourneyId, e => e.Person.Value!.Name);
    }
}

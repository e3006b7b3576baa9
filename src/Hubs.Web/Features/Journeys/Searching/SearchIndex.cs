using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Privacy;
using Marten;

namespace Hubs.Web.Features.Journeys.Searching;

/// <summary>
/// Writes and deletes a journey's row of <see cref="SearchTokenTable"/> (<see cref="SearchCandidates"/> reads them).
/// </summary>
public static class SearchIndex
{
    /// <summary>
    /// The referral's tokens, written by <paramref name="session"/> in the transaction that starts it.
    /// </summary>
    public static async Task WriteAsync(
        IDocumentSession session,
        KeyworkerKeys keys,
        SelfReferralSubmitted referral,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(referral);
        if (referral.Person.Value is not { } person)
        {
            return;
        }

        var key = await SearchKey.ForHubAsync(keys, referral.HubId, cancellationToken);
        session.QueueSqlCommand(
            $"INSERT INTO {SearchTokenTable.Name} (journey_id, hub_id, tokens) VALUES (?, ?, ?)",
            referral.JourneyId,
            referral.HubId,
            SearchTokens.Of(key, referral.HubId, person)
        );
    }

    /// <summary>Erasure: the journeys' tokens go, in the transaction <paramref name="session"/> saves.</summary>
    public static void Forget(IDocumentSession session, IEnumerable<Guid> journeyIds)
    {
        ArgumentNullException.ThrowIfNull(session);
        session.QueueSqlCommand($"DELETE FROM {SearchTokenTable.Name} WHERE journey_id = ANY(?)", journeyIds.ToArray());
    }
}

using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Privacy;
using Marten;

namespace Hubs.Web.Features.Journeys.Searching;

/// <summary>Writes, reads and deletes a journey's row of <see cref="SearchTokenTable"/>.</summary>
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

    /// <summary>The Hub's journeys holding every one of <paramref name="tokens"/>.</summary>
    public static async Task<IReadOnlyList<Guid>> CandidatesAsync(
        IQuerySession session,
        string hubId,
        long[] tokens,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(session);
        return await session.QueryAsync<Guid>(
            $"SELECT journey_id FROM {SearchTokenTable.Name} WHERE hub_id = ? AND tokens @> ?",
            cancellationToken,
            hubId,
            tokens
        );
    }

    /// <summary>Erasure: the journeys' tokens go, in the transaction <paramref name="session"/> saves.</summary>
    public static void Forget(IDocumentSession session, IEnumerable<Guid> journeyIds)
    {
        ArgumentNullException.ThrowIfNull(session);
        session.QueueSqlCommand($"DELETE FROM {SearchTokenTable.Name} WHERE journey_id = ANY(?)", journeyIds.ToArray());
    }
}

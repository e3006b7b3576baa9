using Marten;

namespace Hubs.Web.Features.Journeys.Searching;

/// <summary>
/// The journeys of a Hub that may match a search, in the order results are shown: open journeys first, then the newest
/// referral (then the id, so that equal times keep one order). Ordered in SQL from the summaries' columns, so a search
/// unseals only as many referrals as it shows (<see cref="JourneySearch"/>), however many may match.
/// </summary>
public static class SearchCandidates
{
    private const string Order = "ORDER BY (s.data ->> 'HasEnded')::boolean, s.submitted_at DESC, s.id";

    /// <summary>The Hub's journeys whose index row holds every one of <paramref name="tokens"/>.</summary>
    public static async Task<IReadOnlyList<Guid>> IndexedAsync(
        IQuerySession session,
        string hubId,
        long[] tokens,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(session);
        return await session.QueryAsync<Guid>(
            $"SELECT s.id FROM {SearchTokenTable.Name} t JOIN {Summaries(session)} s ON s.id = t.journey_id "
                + $"WHERE t.hub_id = ? AND t.tokens @> ? AND s.hub_id = ? {Order}",
            cancellationToken,
            hubId,
            tokens,
            hubId
        );
    }

    /// <summary>
    /// The Hub's journeys whose id ends with the reference's 8 hex digits (<see cref="JourneyReference"/>): a reference
    /// is not indexed (it is not personal), and comparing the Hub's ids in SQL sends none of them.
    /// </summary>
    public static async Task<IReadOnlyList<Guid>> ByReferenceAsync(
        IQuerySession session,
        string hubId,
        string reference,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(reference);
        return await session.QueryAsync<Guid>(
            $"SELECT s.id FROM {Summaries(session)} s WHERE s.hub_id = ? AND right(s.id::text, 8) = ? {Order}",
            cancellationToken,
            hubId,
            reference.Replace("-", "", StringComparison.Ordinal).ToLowerInvariant()
        );
    }

    private static string Summaries(IQuerySession session) =>
        $"{session.DocumentStore.Options.DatabaseSchemaName}.mt_doc_journeysummary";
}

using Hubs.Insights.Store;
using Npgsql;

namespace Hubs.Insights.Features.SessionRatings;

/// <summary>
/// Reads the held team activities of the given Hubs, each with its ratings counted: "found it valuable" is quite or
/// very valuable, "felt safe" is yes.
/// </summary>
public sealed class SessionRatingsStore(NpgsqlDataSource dataSource) : ISessionRatingsSource
{
    public Task<IReadOnlyList<SessionRatingFacts>> ActivitiesAsync(
        IReadOnlySet<string> hubIds,
        CancellationToken cancellationToken
    ) =>
        HubRows.ReadAsync(
            dataSource,
            """
            SELECT t.activity_key, t.hub_id, t.month, t.kind,
                count(r.activity_key)::int,
                count(r.activity_key) FILTER (WHERE r.value IN ('quite', 'very'))::int,
                count(r.activity_key) FILTER (WHERE r.felt_safe = 'yes')::int
            FROM insights.team_activities t
            LEFT JOIN insights.team_session_ratings r ON r.activity_key = t.activity_key
            WHERE t.hub_id = ANY($1) AND t.status = 'held'
            GROUP BY t.activity_key
            ORDER BY t.activity_key
            """,
            hubIds,
            r => new SessionRatingFacts(
                r.GetString(0),
                r.GetString(1),
                r.GetString(2),
                r.GetString(3),
                r.GetInt32(4),
                r.GetInt32(5),
                r.GetInt32(6)
            ),
            cancellationToken
        );
}

using Npgsql;
using NpgsqlTypes;

namespace Hubs.Insights.Features.SessionRatings;

/// <summary>
/// Reads the held team activities of the given Hubs, each with its ratings counted: "found it valuable" is quite or
/// very valuable, "felt safe" is yes.
/// </summary>
public sealed class SessionRatingsStore(NpgsqlDataSource dataSource) : ISessionRatingsSource
{
    public async Task<IReadOnlyList<SessionRatingFacts>> ActivitiesAsync(
        IReadOnlySet<string> hubIds,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(hubIds);
        await using var command = dataSource.CreateCommand(
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
            """
        );
        command.Parameters.Add(
            new NpgsqlParameter { Value = hubIds.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text }
        );
        var activities = new List<SessionRatingFacts>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            activities.Add(
                new SessionRatingFacts(
                    reader.GetString(0),
                    reader.GetString(1),
                    reader.GetString(2),
                    reader.GetString(3),
                    reader.GetInt32(4),
                    reader.GetInt32(5),
                    reader.GetInt32(6)
                )
            );
        }

        return activities;
    }
}

using Npgsql;
using NpgsqlTypes;

namespace Hubs.Insights.Store;

/// <summary>
/// Loads team activities by Hub and month ("yyyy-MM", inclusive), for the team-based support figures.
/// </summary>
public sealed class TeamActivityStore(NpgsqlDataSource dataSource)
{
    public async Task<IReadOnlyList<StoredTeamActivity>> LoadAsync(
        JourneyFactsFilter filter,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(filter);
        await using var command = dataSource.CreateCommand(
            """
            SELECT activity_key, hub_id, iso_week, month, kind, status, attendance_count
            FROM insights.team_activities
            WHERE ($1::text[] IS NULL OR hub_id = ANY($1))
              AND ($2::text IS NULL OR month >= $2)
              AND ($3::text IS NULL OR month <= $3)
            ORDER BY activity_key
            """
        );
        command.Parameters.Add(
            new NpgsqlParameter
            {
                Value = (object?)filter.HubIds?.ToArray() ?? DBNull.Value,
                NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text,
            }
        );
        command.Parameters.Add(
            new NpgsqlParameter { Value = (object?)filter.FromMonth ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text }
        );
        command.Parameters.Add(
            new NpgsqlParameter { Value = (object?)filter.ToMonth ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text }
        );
        var activities = new List<StoredTeamActivity>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            activities.Add(
                new StoredTeamActivity(
                    reader.GetString(0),
                    reader.GetString(1),
                    reader.GetString(2),
                    reader.GetString(3),
                    reader.GetString(4),
                    reader.GetString(5),
                    reader.IsDBNull(6) ? null : reader.GetInt32(6)
                )
            );
        }

        return activities;
    }
}

using Hubs.Insights.Features.Tables;
using Npgsql;
using NpgsqlTypes;

namespace Hubs.Insights.Store;

/// <summary>
/// <c>insights.journey_cells</c>: the journey tables' sums (<see cref="JourneyCells"/>) by Hub, family, month, group,
/// part and bucket, so that a table reads a few hundred rows instead of every journey of its period. The consumers
/// keep them by adding each journey's change (<see cref="JourneyCellsChange"/>); the rebuild and <c>migrate</c> sum
/// them afresh from the journeys, a Hub at a time (<see cref="JourneyCellsRefill"/>). Its keys are made
/// <c>COLLATE "C"</c> here, as <see cref="KeyCollation"/> would make them, so no later <c>migrate</c> rewrites the
/// table.
/// </summary>
public static class JourneyCellsTable
{
    internal const string Columns = "hub_id, family, month, grp, part, bucket, amount, keys";

    internal const string Create = """
        CREATE TABLE insights.journey_cells (
            hub_id text COLLATE "C" NOT NULL,
            family text COLLATE "C" NOT NULL,
            month text COLLATE "C" NOT NULL,
            grp text COLLATE "C" NOT NULL,
            part text COLLATE "C" NOT NULL,
            bucket integer NOT NULL,
            amount bigint NOT NULL,
            keys bigint NOT NULL,
            PRIMARY KEY (hub_id, family, month, grp, part, bucket)
        )
        """;

    private const string Read = """
        SELECT hub_id, month, grp, part, bucket, amount, keys FROM insights.journey_cells
        WHERE hub_id = ANY($1) AND family = $2 AND ($3::text IS NULL OR month >= $3) AND month <= $4 AND amount > 0
        """;

    public static async Task<IReadOnlyList<JourneyCell>> ReadAsync(
        NpgsqlDataSource dataSource,
        IReadOnlySet<string> hubIds,
        string family,
        string? from,
        string to,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        ArgumentNullException.ThrowIfNull(hubIds);
        await using var command = dataSource.CreateCommand(Read);
        command.Parameters.Add(new NpgsqlParameter { Value = hubIds.ToArray() });
        command.Parameters.Add(new NpgsqlParameter { Value = family });
        command.Parameters.Add(
            new NpgsqlParameter { Value = (object?)from ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text }
        );
        command.Parameters.Add(new NpgsqlParameter { Value = to });
        var cells = new List<JourneyCell>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            cells.Add(
                new JourneyCell(
                    reader.GetString(0),
                    family,
                    reader.GetString(1),
                    reader.GetString(2),
                    reader.GetString(3),
                    reader.GetInt32(4),
                    reader.GetInt64(5),
                    reader.GetInt64(6)
                )
            );
        }

        return cells;
    }
}

using Npgsql;

namespace Hubs.Insights.Store;

/// <summary>
/// How far a rebuild has applied the clinical event log (the last event sequence number), saved in the same
/// transaction as each batch: a rebuild cut off resumes after it. Emptied with every other table by a reset.
/// </summary>
public static class RebuildPosition
{
    public const string Ddl = """
        CREATE TABLE IF NOT EXISTS insights.rebuild_position (
            id integer PRIMARY KEY CHECK (id = 1),
            sequence bigint NOT NULL
        );
        """;

    public static async Task SaveAsync(
        NpgsqlConnection connection,
        NpgsqlTransaction transaction,
        long sequence,
        CancellationToken cancellationToken
    )
    {
        await using var save = new NpgsqlCommand(
            """
            INSERT INTO insights.rebuild_position (id, sequence) VALUES (1, $1)
            ON CONFLICT (id) DO UPDATE SET sequence = EXCLUDED.sequence
            """,
            connection,
            transaction
        );
        save.Parameters.Add(new NpgsqlParameter { Value = sequence });
        await save.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <returns>The last event sequence a rebuild applied, or 0 when none has (or the store was reset).</returns>
    public static async Task<long> LoadAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        await using var load = dataSource.CreateCommand("SELECT sequence FROM insights.rebuild_position");
        return await load.ExecuteScalarAsync(cancellationToken) is long sequence ? sequence : 0;
    }
}

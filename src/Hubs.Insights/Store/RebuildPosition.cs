using Npgsql;

namespace Hubs.Insights.Store;

/// <summary>
/// How far a rebuild has applied the clinical event log (the last event sequence number), saved in the same
/// transaction as each batch: a rebuild cut off resumes after it. Emptied with every other table by a reset.
/// The rebuild writes no per-message dedupe marks: a live message whose event sequence
/// (<see cref="Hubs.Contracts.EventSequenceHeader"/>) is at or below the position was applied by it
/// (<see cref="ApplyOnce"/>). A rebuild batch holds <see cref="BatchLock"/> and a live message <see cref="LiveLock"/>
/// until they commit, so that a batch sees every live mark committed before it and a live message the position of
/// every batch committed before it: neither applies what the other is applying.
/// </summary>
public static class RebuildPosition
{
    public const string BatchLock = $"SELECT pg_advisory_xact_lock({LockKey})";

    public const string LiveLock = $"SELECT pg_advisory_xact_lock_shared({LockKey})";

    /// <summary>An advisory lock of this database's own choosing: "Hubs RB" in ASCII (0x48756273205242).</summary>
    private const string LockKey = "20395264021910082";

    public const string Ddl = """
        CREATE TABLE IF NOT EXISTS insights.rebuild_position (
            id integer PRIMARY KEY CHECK (id = 1),
            sequence bigint NOT NULL
        );
        """;

    public static NpgsqlBatchCommand Save(long sequence) =>
        new(
            """
            INSERT INTO insights.rebuild_position (id, sequence) VALUES (1, $1)
            ON CONFLICT (id) DO UPDATE SET sequence = EXCLUDED.sequence
            """
        )
        {
            Parameters = { new NpgsqlParameter { Value = sequence } },
        };

    /// <returns>The last event sequence a rebuild applied, or 0 when none has (or the store was reset).</returns>
    public static async Task<long> LoadAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        await using var load = dataSource.CreateCommand("SELECT sequence FROM insights.rebuild_position");
        return await load.ExecuteScalarAsync(cancellationToken) is long sequence ? sequence : 0;
    }
}

using Npgsql;

namespace Hubs.ServiceDefaults.RateLimiting;

/// <summary>
/// Fixed-window counters in the host's own schema, shared by every replica: one upsert per permit counts it
/// against each of its partitions (client address, account) and returns the new totals. The table is unlogged
/// (a crash forgets the current minute, nothing else) and holds hashes, never an address or an email.
/// </summary>
public sealed class WindowCounter(NpgsqlDataSource dataSource, string schema, bool autoCreate)
{
    private readonly Lazy<Task> created = new(() =>
        autoCreate ? EnsureTableAsync(dataSource, schema) : Task.CompletedTask
    );

    private string Table => $"{schema}.rate_limit_windows";

    /// <summary>The table (made by the host's migrate command, or on first use in development and tests).</summary>
    public static async Task EnsureTableAsync(
        NpgsqlDataSource dataSource,
        string schema,
        CancellationToken cancellationToken = default
    )
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        await using var command = dataSource.CreateCommand(
            $"""
            CREATE UNLOGGED TABLE IF NOT EXISTS {schema}.rate_limit_windows (
                partition_key text NOT NULL,
                window_start timestamptz NOT NULL,
                expires_at timestamptz NOT NULL,
                permits integer NOT NULL,
                PRIMARY KEY (partition_key, window_start)
            );
            """
        );
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// Counts one permit in each partition's window; keys in a fixed order so two requests never deadlock.
    /// </summary>
    public async Task<int[]> CountAsync(
        IReadOnlyList<string> keys,
        DateTimeOffset windowStart,
        DateTimeOffset expiresAt,
        CancellationToken cancellationToken
    )
    {
        await created.Value;
        await using var command = dataSource.CreateCommand(
            $"""
            INSERT INTO {Table} AS w (partition_key, window_start, expires_at, permits)
            SELECT key, $2, $3, 1 FROM unnest($1::text[]) AS key
            ON CONFLICT (partition_key, window_start) DO UPDATE SET permits = w.permits + 1
            RETURNING permits
            """
        );
        command.Parameters.AddWithValue(keys.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray());
        command.Parameters.AddWithValue(windowStart);
        command.Parameters.AddWithValue(expiresAt);
        var counts = new List<int>(keys.Count);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            counts.Add(reader.GetInt32(0));
        }

        return [.. counts];
    }

    /// <summary>Forgets windows that have ended.</summary>
    public async Task<int> SweepAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await created.Value;
        await using var command = dataSource.CreateCommand($"DELETE FROM {Table} WHERE expires_at < $1");
        command.Parameters.AddWithValue(now);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

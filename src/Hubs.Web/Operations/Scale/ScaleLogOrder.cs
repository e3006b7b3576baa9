using Marten;
using Npgsql;

namespace Hubs.Web.Operations.Scale;

/// <summary>
/// Puts the seeded log in time order, as a real store's log is: batches of whole journeys leave each journey's
/// events together, while a live store appends the Hubs' journeys interleaved over the years. Once every batch has
/// committed, the events are copied aside, <c>mt_events</c> is emptied and filled again in order of (timestamp, the
/// old sequence number), so versions still ascend within each stream and the table's pages hold the log in its new
/// order with nothing dead. Marten's table, constraints and indexes stay as Marten made them. The n events are
/// numbered up to the same last number as before (1..n unless a cut run left gaps), so <c>mt_events_sequence</c>
/// and every mark at the end of the log stay right; a mark part-way through (a reader that ran during seeding, which
/// only a test's host does) is set back to the start, and the daemon's recorded gaps, which no longer exist, go. One
/// transaction, with the checkpoint marked ordered: a run cut off during the pass leaves the log and checkpoint as they
/// were, and <c>--resume</c> does the pass again.
/// </summary>
internal static class ScaleLogOrder
{
    private const string Aside = "clinical.scale_log_unordered";

    /// <summary>The number of events put in order.</summary>
    public static async Task<long> PutInTimeOrderAsync(
        IDocumentStore store,
        NpgsqlDataSource dataSource,
        ScaleCheckpoint checkpoint,
        CancellationToken cancellationToken
    )
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await RunAsync(connection, "SET LOCAL synchronous_commit = off", cancellationToken);
        await RunAsync(connection, "SET LOCAL work_mem = '256MB'", cancellationToken);
        var (count, last) = await CountAsync(connection, cancellationToken);
        var columns = await OtherColumnsAsync(connection, cancellationToken);
        await RunAsync(connection, $"CREATE UNLOGGED TABLE {Aside} AS TABLE clinical.mt_events", cancellationToken);
        await RunAsync(connection, "TRUNCATE clinical.mt_events", cancellationToken);
        await RunAsync(
            connection,
            $"INSERT INTO clinical.mt_events (seq_id, {columns}) "
                + $"SELECT {last - count} + row_number() OVER (ORDER BY timestamp, seq_id), {columns} FROM {Aside} "
                + "ORDER BY timestamp, seq_id",
            cancellationToken
        );
        await RunAsync(connection, $"DROP TABLE {Aside}", cancellationToken);
        // Positions part-way through the old order mean nothing in the new one: such a reader starts again.
        await RunAsync(
            connection,
            $"UPDATE clinical.mt_event_progression SET last_seq_id = 0 WHERE last_seq_id > 0 AND last_seq_id < {last}",
            cancellationToken
        );
        await RunAsync(connection, "DELETE FROM clinical.mt_high_water_skips", cancellationToken);
        await using (var session = store.LightweightSession(Marten.Services.SessionOptions.ForTransaction(transaction)))
        {
            session.Store(checkpoint with { Ordered = true });
            await session.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return count;
    }

    /// <summary>Leaves the refilled table's statistics and visibility map as a vacuumed store's are.</summary>
    public static async Task VacuumAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await RunAsync(connection, "VACUUM (ANALYZE) clinical.mt_events", cancellationToken);
    }

    private static async Task<(long Count, long Last)> CountAsync(NpgsqlConnection connection, CancellationToken token)
    {
        await using var command = new NpgsqlCommand(
            "SELECT count(*), coalesce(max(seq_id), 0) FROM clinical.mt_events",
            connection
        );
        await using var reader = await command.ExecuteReaderAsync(token);
        await reader.ReadAsync(token);
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    /// <summary>Every column of Marten's <c>mt_events</c> but <c>seq_id</c>, as the table has them.</summary>
    private static async Task<string> OtherColumnsAsync(NpgsqlConnection connection, CancellationToken token)
    {
        await using var command = new NpgsqlCommand(
            "SELECT string_agg(quote_ident(column_name), ', ' ORDER BY ordinal_position) "
                + "FROM information_schema.columns WHERE table_schema = 'clinical' AND table_name = 'mt_events' "
                + "AND column_name <> 'seq_id'",
            connection
        );
        return (string)(await command.ExecuteScalarAsync(token))!;
    }

    private static async Task RunAsync(NpgsqlConnection connection, string sql, CancellationToken token)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync(token);
    }
}

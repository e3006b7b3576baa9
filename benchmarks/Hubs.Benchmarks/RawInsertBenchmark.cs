using Npgsql;
using NpgsqlTypes;

namespace Hubs.Benchmarks;

/// <summary>
/// What a self-referral costs the database, done by hand: insert the keyworker's key (its own
/// statement), then one transaction inserting a stream row, an event row (jsonb of the same size) and
/// five document rows (the snapshot and the four inline read models). Same server, same role.
/// </summary>
internal static class RawInsertBenchmark
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS bench_keys (id uuid PRIMARY KEY, k bytea NOT NULL);
        CREATE TABLE IF NOT EXISTS bench_streams (id uuid PRIMARY KEY, version int NOT NULL,
            created timestamptz NOT NULL DEFAULT now());
        CREATE TABLE IF NOT EXISTS bench_events (seq bigserial PRIMARY KEY, id uuid NOT NULL,
            stream_id uuid NOT NULL, version int NOT NULL, data jsonb NOT NULL, UNIQUE (stream_id, version));
        CREATE TABLE IF NOT EXISTS bench_docs (id uuid NOT NULL, kind int NOT NULL, data jsonb NOT NULL,
            PRIMARY KEY (id, kind));
        """;

    internal static readonly string EventJson = System.Text.Json.JsonSerializer.Serialize(
        new { payload = new string('x', 900) }
    );
    internal static readonly string DocJson = System.Text.Json.JsonSerializer.Serialize(
        new { payload = new string('y', 200) }
    );

    public static async Task CreateSchemaAsync(NpgsqlDataSource dataSource)
    {
        await using var create = dataSource.CreateCommand(Schema);
        await create.ExecuteNonQueryAsync();
    }

    public static Task<Measurement> RunAsync(NpgsqlDataSource dataSource, int clients, TimeSpan duration) =>
        Measurement.RunAsync(clients, duration, async _ =>
        {
            await ReferAsync(dataSource);
            return true;
        });

    /// <summary>One raw self-referral; returns the new stream's id.</summary>
    public static async Task<Guid> ReferAsync(NpgsqlDataSource dataSource)
    {
        var id = Guid.CreateVersion7();
        await using var connection = await dataSource.OpenConnectionAsync();
        await using (var key = new NpgsqlCommand("INSERT INTO bench_keys VALUES ($1, $2)", connection))
        {
            key.Parameters.Add(new() { Value = id });
            key.Parameters.Add(new() { Value = System.Security.Cryptography.RandomNumberGenerator.GetBytes(32) });
            await key.ExecuteNonQueryAsync();
        }

        await using var transaction = await connection.BeginTransactionAsync();
        var batch = new NpgsqlBatch(connection, transaction);
        await using (batch)
        {
            batch.BatchCommands.Add(Command("INSERT INTO bench_streams (id, version) VALUES ($1, 1)", id));
            batch.BatchCommands.Add(
                Command(
                    "INSERT INTO bench_events (id, stream_id, version, data) VALUES ($1, $2, 1, $3)",
                    Guid.NewGuid(),
                    id,
                    EventJson
                )
            );
            for (var kind = 0; kind < 5; kind++)
            {
                batch.BatchCommands.Add(
                    Command("INSERT INTO bench_docs (id, kind, data) VALUES ($1, $2, $3)", id, kind, DocJson)
                );
            }

            await batch.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
        return id;
    }

    internal static NpgsqlBatchCommand Command(string sql, params object[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(
                value is string json
                    ? new NpgsqlParameter { Value = json, NpgsqlDbType = NpgsqlDbType.Jsonb }
                    : new NpgsqlParameter { Value = value }
            );
        }

        return command;
    }
}

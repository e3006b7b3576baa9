using Npgsql;
using static Hubs.Benchmarks.RawInsertBenchmark;

namespace Hubs.Benchmarks;

/// <summary>
/// What a session recording costs the database, done by hand: read the stream's version and its snapshot (one
/// statement), then one transaction moving the version on (checked), inserting the event and upserting five
/// documents (the snapshot and four read models). Each client writes to its own streams, made beforehand.
/// </summary>
internal sealed class RawSessionBenchmark(NpgsqlDataSource dataSource, Guid[][] streams)
{
    private readonly int[] _next = new int[streams.Length];

    public static async Task<RawSessionBenchmark> PrepareAsync(
        NpgsqlDataSource dataSource,
        int clients,
        int streamsPerClient
    )
    {
        var streams = new Guid[clients][];
        for (var client = 0; client < clients; client++)
        {
            streams[client] = new Guid[streamsPerClient];
            for (var s = 0; s < streamsPerClient; s++)
            {
                streams[client][s] = await ReferAsync(dataSource);
            }
        }

        return new RawSessionBenchmark(dataSource, streams);
    }

    public Task<Measurement> RunAsync(int clients, TimeSpan duration) =>
        Measurement.RunAsync(clients, duration, async client =>
        {
            var mine = streams[client];
            var id = mine[_next[client]++ % mine.Length];
            await using var connection = await dataSource.OpenConnectionAsync();
            int version;
            await using (
                var read = new NpgsqlCommand(
                    "SELECT s.version, d.data FROM bench_streams s JOIN bench_docs d ON d.id = s.id AND d.kind = 0 "
                        + "WHERE s.id = $1",
                    connection
                )
            )
            {
                read.Parameters.Add(new() { Value = id });
                await using var reader = await read.ExecuteReaderAsync();
                await reader.ReadAsync();
                version = reader.GetInt32(0);
                _ = reader.GetString(1);
            }

            await using var transaction = await connection.BeginTransactionAsync();
            await using var batch = new NpgsqlBatch(connection, transaction);
            batch.BatchCommands.Add(
                Command(
                    "UPDATE bench_streams SET version = $2 WHERE id = $1 AND version = $3",
                    id,
                    version + 1,
                    version
                )
            );
            batch.BatchCommands.Add(
                Command(
                    "INSERT INTO bench_events (id, stream_id, version, data) VALUES ($1, $2, $3, $4)",
                    Guid.NewGuid(),
                    id,
                    version + 1,
                    EventJson
                )
            );
            for (var kind = 0; kind < 5; kind++)
            {
                batch.BatchCommands.Add(
                    Command(
                        "INSERT INTO bench_docs (id, kind, data) VALUES ($1, $2, $3) "
                            + "ON CONFLICT (id, kind) DO UPDATE SET data = excluded.data",
                        id,
                        kind,
                        DocJson
                    )
                );
            }

            await batch.ExecuteNonQueryAsync();
            await transaction.CommitAsync();
            return true;
        });
}

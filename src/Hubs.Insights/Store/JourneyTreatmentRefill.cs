using Npgsql;
using NpgsqlTypes;

namespace Hubs.Insights.Store;

/// <summary>
/// Every journey's treatment figures stored at once in a rebuild's tail (<see cref="JourneyTreatmentSql.Grouped"/>),
/// before its refill of the sums reads them with the journeys: the batches write journeys, not figures. The journey
/// keys are split in two at a sampled middle key, each half stored on a connection of its own, so that both cores
/// work; either half's figures are its journeys' whatever the split. The caller holds the rebuild's batch lock, so no
/// live message stores figures meanwhile.
/// </summary>
internal static class JourneyTreatmentRefill
{
    private const string Plain = JourneyCellsRefillParts.Serial + "; SET LOCAL work_mem = '64MB'";

    private const string Middle = """
        SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY journey_key)
        FROM insights.journey_facts TABLESAMPLE SYSTEM (1)
        """;

    public static async Task RunAsync(
        NpgsqlDataSource dataSource,
        NpgsqlConnection connection,
        NpgsqlTransaction transaction,
        CancellationToken cancellationToken
    )
    {
        string? middle;
        await using (var sample = new NpgsqlCommand(Middle, connection, transaction))
        {
            middle = await sample.ExecuteScalarAsync(cancellationToken) as string;
        }

        await Task.WhenAll(
            middle is null
                ? [PartAsync(dataSource, null, null, cancellationToken)]
                :
                [
                    PartAsync(dataSource, null, middle, cancellationToken),
                    PartAsync(dataSource, middle, null, cancellationToken),
                ]
        );
    }

    private static async Task PartAsync(
        NpgsqlDataSource dataSource,
        string? from,
        string? before,
        CancellationToken cancellationToken
    )
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // No parallel workers or JIT, as the refill's reads: two halves already keep both cores busy. The measures'
        // grouping hashed in memory: at the default 4 MB a half's 314,000 journeys at 1,000,000 spilled 150 MB to disk
        // in 29 batches (its planner guesses 200 groups from the union); at 64 MB (128 MB for a hash) it takes 82 MB.
        await using (var plain = new NpgsqlCommand(Plain, connection, transaction))
        {
            await plain.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var store = new NpgsqlCommand(JourneyTreatmentSql.Grouped, connection, transaction))
        {
            store.CommandTimeout = 0;
            foreach (var bound in new[] { from, before })
            {
                store.Parameters.Add(
                    new NpgsqlParameter { Value = (object?)bound ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text }
                );
            }
            await store.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }
}

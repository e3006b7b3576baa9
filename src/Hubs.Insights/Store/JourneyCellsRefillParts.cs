using Hubs.Insights.Disclosure;
using Npgsql;

namespace Hubs.Insights.Store;

/// <summary>
/// A Hub's sums for its refill (<see cref="JourneyCellsRefill"/>), its journeys read and summed in two halves at once,
/// each on a connection of its own beside the refill's transaction: those referred up to the Hub's median referral
/// month, and those from the next month it has (through its index by Hub and month, so the halves cost the database
/// no more than the whole). The refill holds the Hub's lock before the months are read, so no change to the Hub's sums
/// commits until the refill does: each half reads the journeys as the refill's sums must count them, and every
/// referred journey is in exactly one half.
/// </summary>
internal static class JourneyCellsRefillParts
{
    private const string Halves = """
        SELECT half,
               (SELECT min(referral_month) FROM insights.journey_facts WHERE hub_id = $1 AND referral_month > half)
        FROM (SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY referral_month) AS half FROM insights.journey_facts
              WHERE hub_id = $1 AND referral_month IS NOT NULL) median
        """;

    // Each half read by its own process: two Hubs' halves at once already keep both cores busy, and parallel workers
    // only add to the database's CPU; nor is the read worth compiling to machine code, should a larger Hub's estimate
    // pass the JIT's threshold (the refill's reads stay well under it at a million journeys, by their cost estimates).
    // Each journey's figures found by its key: joined by hash, every part read every journey's figures (80 parts at
    // 1,000,000 journeys, 645,000 figures each; a tenth to a quarter of a small Hub's read).
    internal const string Serial = "SET LOCAL max_parallel_workers_per_gather = 0; SET LOCAL jit = off";

    // The journeys sorted by key in memory: at the default 4 MB the largest part's sort (hub-01's half at 1,000,000
    // journeys, 43,000 journeys, 12.5 MB) spilled to disk and merged back.
    private const string Plain =
        Serial + "; SET LOCAL enable_hashjoin = off; SET LOCAL enable_mergejoin = off; SET LOCAL work_mem = '32MB'";

    public static async Task<JourneyCellTotals> SumAsync(
        NpgsqlDataSource dataSource,
        NpgsqlConnection connection,
        NpgsqlTransaction transaction,
        string hub,
        CancellationToken cancellationToken
    )
    {
        var keys = await RecordKeySalt.ReadAsync(connection, transaction, cancellationToken);
        List<JourneyFactsFilter> parts = [new(HubIds: [hub])];
        await using (var halves = new NpgsqlCommand(Halves, connection, transaction))
        {
            halves.Parameters.Add(new NpgsqlParameter { Value = hub });
            await using var reader = await halves.ExecuteReaderAsync(cancellationToken);
            if (await reader.ReadAsync(cancellationToken) && !reader.IsDBNull(1))
            {
                parts =
                [
                    parts[0] with
                    {
                        ToMonth = reader.GetString(0),
                    },
                    parts[0] with
                    {
                        FromMonth = reader.GetString(1),
                    },
                ];
            }
        }

        var sums = await Task.WhenAll(
            parts.Select(part => Task.Run(() => PartAsync(dataSource, part, keys, cancellationToken)))
        );

        // The halves share rows (a wait is counted in the month it is at, not the month of referral).
        foreach (var half in sums.Skip(1))
        {
            sums[0].Add(half);
        }

        return sums[0];
    }

    private static async Task<JourneyCellTotals> PartAsync(
        NpgsqlDataSource dataSource,
        JourneyFactsFilter part,
        RecordKeys keys,
        CancellationToken cancellationToken
    )
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var plain = new NpgsqlCommand(Plain, connection, transaction))
        {
            await plain.ExecuteNonQueryAsync(cancellationToken);
        }

        var sums = await JourneyCellsSum.OfAsync(
            text => new NpgsqlCommand(text, connection, transaction) { CommandTimeout = 0 },
            part,
            keys,
            cancellationToken
        );
        await transaction.CommitAsync(cancellationToken);
        return sums;
    }
}

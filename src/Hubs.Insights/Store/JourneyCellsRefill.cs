using Npgsql;

namespace Hubs.Insights.Store;

/// <summary>
/// Sums the journey tables afresh from the stored journeys, a Hub a transaction: after a rebuild's batches (which
/// write journeys, not sums) and when <c>migrate</c> makes the table for a store that had journeys before it. The
/// Hub is locked against live changes first (<see cref="JourneyCellsHubLock"/>), so a change either committed before
/// (and its journey is summed as it left it) or is added after to the sums of the journey as it found it. Two Hubs
/// are summed at once, each read in two parts on connections of their own, so that the database reads while the host
/// sums, on both cores (<see cref="JourneyCellsRefillParts"/>); the sums are copied in
/// (<see cref="JourneyCellsCopy"/>). Every journey's treatment figures are stored first, at once
/// (<see cref="JourneyTreatmentRefill"/>), for the parts to read with the journeys; all under the rebuild's batch lock
/// (<see cref="RebuildPosition.BatchLock"/>): no live message is part way through its transaction meanwhile, so none
/// holds a journey's figures row while it waits for a Hub's lock that a refill holds.
/// </summary>
public static class JourneyCellsRefill
{
    private const int HubsAtOnce = 2;

    public static async Task RunAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        await using var guard = await dataSource.OpenConnectionAsync(cancellationToken);
        // The salt made (on a store that never had one) and committed before the Hubs: made by the first Hub's
        // transaction, it held every other Hub's refill until that Hub committed.
        await RecordKeySalt.ReadAsync(guard, null, cancellationToken);
        await using var locked = await guard.BeginTransactionAsync(cancellationToken);
        await using (var batchLock = new NpgsqlCommand(RebuildPosition.BatchLock, guard, locked))
        {
            await batchLock.ExecuteNonQueryAsync(cancellationToken);
        }

        await JourneyTreatmentRefill.RunAsync(dataSource, guard, locked, cancellationToken);
        var hubs = await HubsAsync(guard, locked, cancellationToken);
        await Parallel.ForEachAsync(
            hubs,
            new ParallelOptions { MaxDegreeOfParallelism = HubsAtOnce, CancellationToken = cancellationToken },
            async (hub, token) =>
            {
                await using var connection = await dataSource.OpenConnectionAsync(token);
                await using var transaction = await connection.BeginTransactionAsync(token);
                await JourneyCellsHubLock.HoldAsync(connection, transaction, hub, token);
                await ClearAsync(connection, transaction, hub, token);
                var sums = await JourneyCellsRefillParts.SumAsync(dataSource, connection, transaction, hub, token);
                await JourneyCellsCopy.WriteAsync(connection, sums, token);
                await transaction.CommitAsync(token);
            }
        );
        await locked.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// Every Hub with journeys or sums, the most journeys first: two are summed at once, and a large Hub summed last
    /// would be summed alone, on half the machine, while the other Hubs wait for nothing.
    /// </summary>
    internal static async Task<List<string>> HubsAsync(
        NpgsqlConnection connection,
        NpgsqlTransaction? transaction,
        CancellationToken cancellationToken
    )
    {
        var hubs = new List<string>();
        await using var list = new NpgsqlCommand(
            """
            SELECT hub_id FROM (SELECT hub_id, count(*) FROM insights.journey_facts GROUP BY hub_id
                                UNION ALL SELECT DISTINCT hub_id, 0 FROM insights.journey_cells) hubs (hub_id, journeys)
            GROUP BY hub_id ORDER BY max(journeys) DESC, hub_id
            """,
            connection,
            transaction
        );
        await using var reader = await list.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            hubs.Add(reader.GetString(0));
        }

        return hubs;
    }

    /// <summary>
    /// One Hub's sums replaced by its journeys', in the transaction that made the table (<c>migrate</c>): no other
    /// transaction can see the table yet, so nothing is locked.
    /// </summary>
    internal static async Task HubAsync(
        NpgsqlConnection connection,
        NpgsqlTransaction transaction,
        string hub,
        CancellationToken cancellationToken
    )
    {
        await ClearAsync(connection, transaction, hub, cancellationToken);
        var keys = await RecordKeySalt.ReadAsync(connection, transaction, cancellationToken);
        var sums = await JourneyCellsSum.OfAsync(
            text => new NpgsqlCommand(text, connection, transaction) { CommandTimeout = 0 },
            new JourneyFactsFilter(HubIds: [hub]),
            keys,
            cancellationToken
        );
        await JourneyCellsCopy.WriteAsync(connection, sums, cancellationToken);
    }

    private static async Task ClearAsync(
        NpgsqlConnection connection,
        NpgsqlTransaction transaction,
        string hub,
        CancellationToken cancellationToken
    )
    {
        await using var command = new NpgsqlCommand(
            "DELETE FROM insights.journey_cells WHERE hub_id = $1",
            connection,
            transaction
        );
        command.Parameters.Add(new NpgsqlParameter { Value = hub });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}

using Hubs.Insights.Features.Tables;
using Npgsql;

namespace Hubs.Insights.Store;

/// <summary>
/// Sums the journey tables afresh from the stored journeys, a Hub a transaction: after a rebuild's batches (which
/// write journeys, not sums) and when <c>migrate</c> makes the table for a store that had journeys before it. The
/// table is locked against writers first, so a consumer's change either committed before (and its journey is summed
/// as it left it) or is added after to the sums of the journey as it found it.
/// </summary>
public static class JourneyCellsRefill
{
    public static async Task RunAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        List<string> hubs;
        await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
        {
            hubs = await HubsAsync(connection, null, cancellationToken);
        }

        foreach (var hub in hubs)
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await HubAsync(connection, transaction, hub, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
    }

    /// <summary>Every Hub with journeys or sums.</summary>
    internal static async Task<List<string>> HubsAsync(
        NpgsqlConnection connection,
        NpgsqlTransaction? transaction,
        CancellationToken cancellationToken
    )
    {
        var hubs = new List<string>();
        await using var list = new NpgsqlCommand(
            "SELECT hub_id FROM insights.journey_facts UNION SELECT hub_id FROM insights.journey_cells ORDER BY 1",
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

    /// <summary>One Hub's sums replaced by its journeys'.</summary>
    internal static async Task HubAsync(
        NpgsqlConnection connection,
        NpgsqlTransaction transaction,
        string hub,
        CancellationToken cancellationToken
    )
    {
        foreach (
            var text in new[]
            {
                "LOCK TABLE insights.journey_cells IN SHARE ROW EXCLUSIVE MODE",
                "DELETE FROM insights.journey_cells WHERE hub_id = $1",
            }
        )
        {
            await using var command = new NpgsqlCommand(text, connection, transaction);
            if (text.StartsWith("DELETE", StringComparison.Ordinal))
            {
                command.Parameters.Add(new NpgsqlParameter { Value = hub });
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        var keys = await RecordKeySalt.ReadAsync(connection, transaction, cancellationToken);
        var facts = await JourneyFactsStore.ReadAsync(
            text => new NpgsqlCommand(text, connection, transaction) { CommandTimeout = 0 },
            new JourneyFactsFilter(HubIds: [hub]),
            cancellationToken
        );
        await JourneyCellsWrite.AddAsync(
            connection,
            transaction,
            facts.SelectMany(f => JourneyCells.Of(f, keys.Of(f.JourneyKey))),
            [],
            cancellationToken
        );
    }
}

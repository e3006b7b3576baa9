using Hubs.Insights.Disclosure;
using Hubs.Insights.Features.Tables;
using Npgsql;

namespace Hubs.Insights.Store;

/// <summary>
/// A Hub's sums for its refill (<see cref="JourneyCellsRefill"/>), its journeys read and summed in parts at once, each
/// on a connection of its own beside the refill's transaction. The refill holds the Hub's lock before its journeys
/// are listed, so no change to the Hub's sums commits until the refill does: every part reads the journeys as the
/// refill's sums must count them, and a journey the list holds is in exactly one part.
/// </summary>
internal static class JourneyCellsRefillParts
{
    private const int Parts = 2;

    public static async Task<IEnumerable<JourneyCell>> SumAsync(
        NpgsqlDataSource dataSource,
        NpgsqlConnection connection,
        NpgsqlTransaction transaction,
        string hub,
        CancellationToken cancellationToken
    )
    {
        var keys = await RecordKeySalt.ReadAsync(connection, transaction, cancellationToken);
        var journeys = new List<string>();
        await using (
            var list = new NpgsqlCommand(
                "SELECT journey_key FROM insights.journey_facts WHERE hub_id = $1 AND referral_month IS NOT NULL",
                connection,
                transaction
            )
        )
        {
            list.Parameters.Add(new NpgsqlParameter { Value = hub });
            await using var reader = await list.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                journeys.Add(reader.GetString(0));
            }
        }

        var parts = journeys.Chunk(Math.Max(1, (journeys.Count + Parts - 1) / Parts));
        var sums = await Task.WhenAll(
            parts.Select(part => Task.Run(() => PartAsync(dataSource, hub, part, keys, cancellationToken)))
        );
        return sums.SelectMany(s => s);
    }

    private static async Task<List<JourneyCell>> PartAsync(
        NpgsqlDataSource dataSource,
        string hub,
        string[] journeys,
        RecordKeys keys,
        CancellationToken cancellationToken
    )
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var facts = await JourneyFactsStore.ReadAsync(
            text => new NpgsqlCommand(text, connection) { CommandTimeout = 0 },
            new JourneyFactsFilter(HubIds: [hub], JourneyKeys: journeys),
            cancellationToken
        );
        var totals = new JourneyCellTotals();
        foreach (var cell in facts.SelectMany(f => JourneyCells.Of(f, keys.Of(f.JourneyKey))))
        {
            totals.Add(cell, 1);
        }

        return totals.Rows();
    }
}

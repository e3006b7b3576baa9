using Hubs.Insights.Metrics;
using Npgsql;
using NpgsqlTypes;

namespace Hubs.Insights.Store;

/// <summary>
/// Each journey's first and last result of every measure beyond PHQ-9 and GAD-7 (and the brief screens), by stream
/// version: the first is the earliest, the last the latest when there is more than one. Only for the journeys a query
/// has loaded (a quarter's dashboard reads that quarter's journeys' results, not the Hub's whole history).
/// </summary>
internal static class MeasurePairsQuery
{
    private const string Sql = """
        SELECT journey_key, measure,
               (array_agg(band ORDER BY stream_version))[1],
               (array_agg(coalesce(at_caseness, false) ORDER BY stream_version))[1],
               CASE WHEN count(*) > 1 THEN (array_agg(band ORDER BY stream_version DESC))[1] END,
               CASE WHEN count(*) > 1
                    THEN (array_agg(coalesce(at_caseness, false) ORDER BY stream_version DESC))[1] END
        FROM insights.measure_results
        WHERE measure NOT IN ('phq9', 'gad7', 'phq2', 'gad2')
          AND ($1::text[] IS NULL OR hub_id = ANY($1))
          AND journey_key = ANY($2)
        GROUP BY journey_key, measure
        """;

    /// <summary>The pairs, read with a command made by <c>command</c> (on a data source or in a transaction).</summary>
    public static async Task<Dictionary<string, Dictionary<string, MeasurePair>>> LoadAsync(
        Func<string, NpgsqlCommand> command,
        IReadOnlyCollection<string>? hubIds,
        IReadOnlyCollection<string> journeyKeys,
        CancellationToken cancellationToken
    )
    {
        await using var query = command(Sql);
        query.Parameters.Add(
            new NpgsqlParameter
            {
                Value = (object?)hubIds?.ToArray() ?? DBNull.Value,
                NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text,
            }
        );
        query.Parameters.Add(
            new NpgsqlParameter { Value = journeyKeys.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text }
        );
        var pairs = new Dictionary<string, Dictionary<string, MeasurePair>>(StringComparer.Ordinal);
        await using var reader = await query.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var journey = reader.GetString(0);
            if (!pairs.TryGetValue(journey, out var measures))
            {
                pairs[journey] = measures = new Dictionary<string, MeasurePair>(StringComparer.Ordinal);
            }

            measures[reader.GetString(1)] = new MeasurePair(
                reader.GetString(2),
                reader.GetBoolean(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                reader.IsDBNull(5) ? null : reader.GetBoolean(5)
            );
        }

        return pairs;
    }
}

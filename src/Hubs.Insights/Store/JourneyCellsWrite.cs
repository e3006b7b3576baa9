using Hubs.Insights.Features.Tables;
using Npgsql;

namespace Hubs.Insights.Store;

/// <summary>
/// Adds cells to <c>insights.journey_cells</c> (a change may be negative: a journey's old sums taken away), summed
/// per row first and written in the rows' key order, so two transactions adding to the same rows take their locks in
/// the same order and never deadlock; each row is an upsert that adds, so no concurrent addition is lost. A row that
/// comes to nothing is deleted, so the table holds what summing every journey afresh gives, row for row.
/// </summary>
internal static class JourneyCellsWrite
{
    private const int Chunk = 20_000;

    private const string Upsert = $"""
        INSERT INTO insights.journey_cells AS c ({JourneyCellsTable.Columns})
        SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[], $7::bigint[],
                             $8::bigint[])
        ON CONFLICT (hub_id, family, month, grp, part, bucket)
            DO UPDATE SET amount = c.amount + EXCLUDED.amount, keys = c.keys + EXCLUDED.keys
        """;

    private const string Empty = """
        DELETE FROM insights.journey_cells
        WHERE (hub_id, family, month, grp, part, bucket) IN (SELECT * FROM unnest($1::text[], $2::text[], $3::text[],
              $4::text[], $5::text[], $6::int[]))
          AND amount = 0 AND keys = 0
        """;

    /// <summary><paramref name="added"/> minus <paramref name="taken"/>, row by row.</summary>
    public static async Task AddAsync(
        NpgsqlConnection connection,
        NpgsqlTransaction transaction,
        IEnumerable<JourneyCell> added,
        IEnumerable<JourneyCell> taken,
        CancellationToken cancellationToken
    )
    {
        var sums = new Dictionary<(string, string, string, string, string, int), (long Amount, long Keys)>();
        foreach (var (cell, sign) in added.Select(c => (c, 1)).Concat(taken.Select(c => (c, -1))))
        {
            var at = (cell.Hub, cell.Family, cell.Month, cell.Group, cell.Part, cell.Bucket);
            var (amount, keys) = sums.GetValueOrDefault(at);
            sums[at] = (amount + (sign * cell.Amount), keys + (sign * cell.Keys));
        }

        var rows = sums.Where(s => s.Value != (0, 0))
            .OrderBy(s => s.Key.Item1, StringComparer.Ordinal)
            .ThenBy(s => s.Key.Item2, StringComparer.Ordinal)
            .ThenBy(s => s.Key.Item3, StringComparer.Ordinal)
            .ThenBy(s => s.Key.Item4, StringComparer.Ordinal)
            .ThenBy(s => s.Key.Item5, StringComparer.Ordinal)
            .ThenBy(s => s.Key.Item6)
            .ToList();
        foreach (var chunk in rows.Chunk(Chunk))
        {
            await using var command = new NpgsqlCommand(Upsert, connection, transaction);
            command.Parameters.Add(new NpgsqlParameter { Value = chunk.Select(r => r.Key.Item1).ToArray() });
            command.Parameters.Add(new NpgsqlParameter { Value = chunk.Select(r => r.Key.Item2).ToArray() });
            command.Parameters.Add(new NpgsqlParameter { Value = chunk.Select(r => r.Key.Item3).ToArray() });
            command.Parameters.Add(new NpgsqlParameter { Value = chunk.Select(r => r.Key.Item4).ToArray() });
            command.Parameters.Add(new NpgsqlParameter { Value = chunk.Select(r => r.Key.Item5).ToArray() });
            command.Parameters.Add(new NpgsqlParameter { Value = chunk.Select(r => r.Key.Item6).ToArray() });
            command.Parameters.Add(new NpgsqlParameter { Value = chunk.Select(r => r.Value.Amount).ToArray() });
            command.Parameters.Add(new NpgsqlParameter { Value = chunk.Select(r => r.Value.Keys).ToArray() });
            await command.ExecuteNonQueryAsync(cancellationToken);
            if (chunk.Any(r => r.Value.Amount < 0))
            {
                command.CommandText = Empty;
                command.Parameters.RemoveAt(7);
                command.Parameters.RemoveAt(6);
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }
    }
}

using Hubs.Insights.Features.Tables;
using Npgsql;

namespace Hubs.Insights.Store;

/// <summary>
/// Adds cells to <c>insights.journey_cells</c> (a change may be negative: a journey's old sums taken away), summed
/// per row first (<see cref="JourneyCellTotals"/>) and written in the rows' key order, so two transactions adding to
/// the same rows take their locks in the same order and never deadlock; each row is an upsert that adds, so no
/// concurrent addition is lost. A row that comes to nothing is deleted, so the table holds what summing every journey
/// afresh gives, row for row. The rows' Hubs are locked first (<see cref="JourneyCellsHubLock"/>), so a change never
/// adds to a Hub's sums while they are summed afresh.
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
        var totals = new JourneyCellTotals();
        foreach (var cell in added)
        {
            totals.Add(cell, 1);
        }

        foreach (var cell in taken)
        {
            totals.Add(cell, -1);
        }

        var rows = totals.Rows().ToList();
        if (rows.Count > 0)
        {
            await JourneyCellsHubLock.ShareAsync(
                connection,
                transaction,
                rows.Select(r => r.Hub).Distinct(StringComparer.Ordinal),
                cancellationToken
            );
        }

        foreach (var chunk in rows.Chunk(Chunk))
        {
            await using var command = new NpgsqlCommand(Upsert, connection, transaction);
            command.Parameters.Add(new NpgsqlParameter { Value = chunk.Select(r => r.Hub).ToArray() });
            command.Parameters.Add(new NpgsqlParameter { Value = chunk.Select(r => r.Family).ToArray() });
            command.Parameters.Add(new NpgsqlParameter { Value = chunk.Select(r => r.Month).ToArray() });
            command.Parameters.Add(new NpgsqlParameter { Value = chunk.Select(r => r.Group).ToArray() });
            command.Parameters.Add(new NpgsqlParameter { Value = chunk.Select(r => r.Part).ToArray() });
            command.Parameters.Add(new NpgsqlParameter { Value = chunk.Select(r => r.Bucket).ToArray() });
            command.Parameters.Add(new NpgsqlParameter { Value = chunk.Select(r => r.Amount).ToArray() });
            command.Parameters.Add(new NpgsqlParameter { Value = chunk.Select(r => r.Keys).ToArray() });
            await command.ExecuteNonQueryAsync(cancellationToken);
            if (chunk.Any(r => r.Amount < 0))
            {
                command.CommandText = Empty;
                command.Parameters.RemoveAt(7);
                command.Parameters.RemoveAt(6);
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }
    }
}

using Npgsql;

namespace Hubs.Insights.Consumers;

/// <summary>
/// Writes a batch's merged journey facts (<see cref="JourneyFactsMerge"/>), each journey's row once: a journey new to
/// the store is inserted as merged; a stored one is updated with each kind's own rule in SQL (a referral's columns
/// replaced, any other kind's kept unless the batch's stream version is earlier), so the row ends as the live upserts
/// would leave it. One array per column, as <see cref="RowArrays"/> sends them. Given the keys a rebuild run has
/// written (<see cref="WrittenKeys"/>), a journey it has not written is inserted with no look for a stored row, and one
/// it has is updated with no insert tried first: on a log whose journeys interleave, most of a batch's journeys are
/// stored already, and trying each as an insert first looked every one up twice. Each row's key is marked written as
/// the batch is worked out (before the next batch's), and whether it was new is kept for the write.
/// </summary>
internal sealed class JourneyFactsWrite(
    IReadOnlyList<JourneyFactsColumns> kinds,
    IReadOnlyList<MergedRow> rows,
    WrittenKeys? written
)
{
    private readonly List<string> _columns = ["journey_key", "hub_id", .. kinds.SelectMany(k => k.Own)];

    /// <summary>The rows of journeys the run had certainly not written, and the others (given its keys).</summary>
    private readonly (List<MergedRow> Fresh, List<MergedRow> Seen)? _split = written is null
        ? null
        : Split(rows, written);

    /// <summary>
    /// The rows, split by the run's keys when <c>keyed</c>: the keys still hold (no live message or stored key turned
    /// them off since the rows were split).
    /// </summary>
    public async Task WriteAsync(
        NpgsqlConnection connection,
        NpgsqlTransaction transaction,
        bool keyed,
        CancellationToken token
    )
    {
        if (_columns.Distinct().Count() != _columns.Count || kinds.Count(k => !k.EarliestWins) > 1)
        {
            throw new InvalidOperationException("Two kinds of journey facts row set one column: they cannot merge.");
        }

        var types = await RowArrays.TypesAsync(JourneyFactsColumns.Table, connection, transaction, token);
        var casts = string.Join(", ", _columns.Select((c, i) => $"${i + 1}::{types[c]}[]"));
        var unknown = rows;
        if (keyed && _split is { } split)
        {
            await InsertAsync(split.Fresh, "", casts, connection, transaction, token);
            var updated = await UpdateAsync(split.Seen, casts, connection, transaction, token);
            // A key the filter took for one it had seen (a false positive) was never stored: the rules below.
            unknown = [.. split.Seen.Where(r => !updated.Contains((string)r.Values[0]!))];
        }

        var inserted = await InsertAsync(
            unknown,
            "ON CONFLICT (journey_key) DO NOTHING RETURNING journey_key",
            casts,
            connection,
            transaction,
            token
        );
        await UpdateAsync(
            [.. unknown.Where(r => !inserted.Contains((string)r.Values[0]!))],
            casts,
            connection,
            transaction,
            token
        );
    }

    private static (List<MergedRow> Fresh, List<MergedRow> Seen) Split(
        IReadOnlyList<MergedRow> rows,
        WrittenKeys written
    )
    {
        var (fresh, seen) = (new List<MergedRow>(), new List<MergedRow>());
        foreach (var row in rows)
        {
            (written.Add(Key, [row.Values[0]]) ? seen : fresh).Add(row);
        }

        return (fresh, seen);
    }

    /// <summary>
    /// The journey facts' keys in <see cref="WrittenKeys"/>, the key alone: one table, whichever kinds a row holds.
    /// </summary>
    private static readonly RowSql Key = new(JourneyFactsColumns.Table, KeyLength: 1);

    /// <returns>The keys the statement returned (with <c>RETURNING</c>).</returns>
    private async Task<HashSet<string>> InsertAsync(
        IReadOnlyList<MergedRow> of,
        string rule,
        string casts,
        NpgsqlConnection connection,
        NpgsqlTransaction transaction,
        CancellationToken token
    )
    {
        if (of.Count == 0)
        {
            return [];
        }

        await using var insert = Command(of, connection, transaction, withCame: false);
        insert.CommandText = $"""
            INSERT INTO {JourneyFactsColumns.Table} AS f ({string.Join(", ", _columns)})
            SELECT * FROM unnest({casts}) ORDER BY 1
            {rule}
            """;
        return await KeysAsync(insert, token);
    }

    /// <summary>The journey keys a statement returns (<c>RETURNING journey_key</c>).</summary>
    private static async Task<HashSet<string>> KeysAsync(NpgsqlCommand command, CancellationToken token)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(token);
        while (await reader.ReadAsync(token))
        {
            keys.Add(reader.GetString(0));
        }

        return keys;
    }

    /// <returns>The keys of the stored rows it updated.</returns>
    private async Task<HashSet<string>> UpdateAsync(
        List<MergedRow> stored,
        string casts,
        NpgsqlConnection connection,
        NpgsqlTransaction transaction,
        CancellationToken token
    )
    {
        if (stored.Count == 0)
        {
            return [];
        }

        await using (var byKey = new NpgsqlCommand(RowsByKey, connection, transaction))
        {
            await byKey.ExecuteNonQueryAsync(token);
        }

        HashSet<string> keys;
        await using (var update = Command(stored, connection, transaction, withCame: true))
        {
            var came = string.Join(", ", kinds.Select((_, i) => $"${_columns.Count + i + 1}::boolean[]"));
            update.CommandText = $"""
                UPDATE {JourneyFactsColumns.Table} AS f SET {string.Join(", ", Sets())}
                FROM unnest({casts}, {came})
                    AS u({string.Join(", ", _columns)}, {string.Join(", ", kinds.Select((_, i) => $"came{i}"))})
                WHERE f.journey_key = u.journey_key
                RETURNING f.journey_key
                """;
            keys = await KeysAsync(update, token);
        }

        await using var reset = new NpgsqlCommand(PlansAsBefore, connection, transaction);
        await reset.ExecuteNonQueryAsync(token);
        return keys;
    }

    /// <summary>
    /// Each stored row found by its key for the update. Given thousands of keys (a batch of a log whose journeys
    /// interleave, most of them stored by earlier batches), the planner hashed them against a scan of every stored
    /// journey: each batch read the whole table, and the rebuild's cost grew with the square of the journeys.
    /// </summary>
    private const string RowsByKey =
        "SET LOCAL enable_seqscan = off; SET LOCAL enable_hashjoin = off; SET LOCAL enable_mergejoin = off";

    private const string PlansAsBefore = "RESET enable_seqscan; RESET enable_hashjoin; RESET enable_mergejoin";

    /// <summary>
    /// Each kind's columns set when it came and its rule lets it: the live upserts' rules, row by row.
    /// </summary>
    private IEnumerable<string> Sets() =>
        kinds.SelectMany(
            (kind, i) =>
            {
                var version = kind.Own.First();
                var when = kind.EarliestWins
                    ? $"u.came{i} AND (f.{version} IS NULL OR u.{version} < f.{version})"
                    : $"u.came{i}";
                return (kind.EarliestWins ? kind.Own : kind.Columns).Select(c =>
                    $"{c} = CASE WHEN {when} THEN u.{c} ELSE f.{c} END"
                );
            }
        );

    private NpgsqlCommand Command(
        IReadOnlyList<MergedRow> of,
        NpgsqlConnection connection,
        NpgsqlTransaction transaction,
        bool withCame
    )
    {
        var command = new NpgsqlCommand(null, connection, transaction);
        var values = of.Select(r => r.Values).ToList();
        for (var column = 0; column < _columns.Count; column++)
        {
            var array = RowArrays.Column(values, column)
                ?? throw new InvalidOperationException($"Journey facts column {_columns[column]} mixes kinds.");
            command.Parameters.Add(new NpgsqlParameter { Value = array });
        }

        for (var kind = 0; withCame && kind < kinds.Count; kind++)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = of.Select(r => r.Came[kind]).ToArray() });
        }

        return command;
    }
}

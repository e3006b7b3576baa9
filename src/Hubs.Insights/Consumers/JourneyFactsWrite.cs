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
internal sealed class JourneyFactsWrite
{
    private readonly IReadOnlyList<JourneyFactsColumns> _kinds;
    private readonly IReadOnlyList<MergedRow> _rows;
    private readonly List<string> _columns;

    /// <summary>The rows of journeys the run had certainly not written, and the others (given its keys).</summary>
    private readonly (List<MergedRow> Fresh, List<MergedRow> Seen)? _split;

    /// <summary>
    /// The split rows' column arrays (<see cref="Parameters"/>), built with the rows, ahead of the batch's
    /// transaction: the inserted rows', then the updated rows' with which kinds came.
    /// </summary>
    private readonly (Array[] Fresh, Array[] Seen)? _ahead;

    public JourneyFactsWrite(
        IReadOnlyList<JourneyFactsColumns> kinds,
        IReadOnlyList<MergedRow> rows,
        WrittenKeys? written
    )
    {
        (_kinds, _rows) = (kinds, rows);
        _columns = ["journey_key", "hub_id", .. kinds.SelectMany(k => k.Own)];
        if (written is not null)
        {
            var split = Split(rows, written);
            _split = split;
            _ahead = (Parameters(split.Fresh, withCame: false), Parameters(split.Seen, withCame: true));
        }
    }

    /// <summary>
    /// Adds the split rows' statements to <paramref name="batch"/> when <paramref name="keyed"/> (the keys still hold:
    /// no live message or stored key turned them off since the rows were split): the fresh rows' plain insert and the
    /// others' update, whose returned keys go to <see cref="FinishAsync"/> once the batch has run.
    /// </summary>
    /// <returns>False when the rows are not split or not <paramref name="keyed"/>: write them with
    /// <see cref="WriteAsync"/>.</returns>
    public async Task<bool> AddToAsync(
        NpgsqlBatch batch,
        bool keyed,
        NpgsqlConnection connection,
        NpgsqlTransaction transaction,
        CancellationToken token
    )
    {
        if (!keyed || _split is not { } split || _ahead is not { } ahead)
        {
            return false;
        }

        var casts = await CastsAsync(connection, transaction, token);
        if (split.Fresh.Count > 0)
        {
            batch.BatchCommands.Add(Insert(ahead.Fresh, "", casts));
        }

        if (split.Seen.Count > 0)
        {
            Update(batch, ahead.Seen, casts);
        }

        return true;
    }

    /// <summary>
    /// After the batch of <see cref="AddToAsync"/>, given the keys its update returned: a key the filter took for one
    /// it had seen (a false positive) was never stored, and goes in by the rules.
    /// </summary>
    public async Task FinishAsync(
        HashSet<string> updated,
        NpgsqlConnection connection,
        NpgsqlTransaction transaction,
        CancellationToken token
    )
    {
        if (_split is { } split && split.Seen.Count != updated.Count)
        {
            await WriteByRulesAsync(
                [.. split.Seen.Where(r => !updated.Contains((string)r.Values[0]!))],
                connection,
                transaction,
                token
            );
        }
    }

    /// <summary>
    /// The rows on their own: when <paramref name="keyed"/>, as <see cref="AddToAsync"/> adds them, in a batch of
    /// their own; otherwise every row by the rules: inserted unless stored, then the stored ones updated.
    /// </summary>
    public async Task WriteAsync(
        NpgsqlConnection connection,
        NpgsqlTransaction transaction,
        bool keyed,
        CancellationToken token
    )
    {
        await using var batch = new NpgsqlBatch(connection, transaction);
        if (await AddToAsync(batch, keyed, connection, transaction, token))
        {
            var updated = await KeysAsync(batch, token);
            await FinishAsync(updated, connection, transaction, token);
            return;
        }

        await WriteByRulesAsync(_rows, connection, transaction, token);
    }

    private async Task WriteByRulesAsync(
        IReadOnlyList<MergedRow> unknown,
        NpgsqlConnection connection,
        NpgsqlTransaction transaction,
        CancellationToken token
    )
    {
        if (unknown.Count == 0)
        {
            return;
        }

        var casts = await CastsAsync(connection, transaction, token);
        var rule = "ON CONFLICT (journey_key) DO NOTHING RETURNING journey_key";
        await using var insert = new NpgsqlBatch(connection, transaction)
        {
            BatchCommands = { Insert(Parameters(unknown, withCame: false), rule, casts) },
        };
        var inserted = await KeysAsync(insert, token);
        List<MergedRow> stored = [.. unknown.Where(r => !inserted.Contains((string)r.Values[0]!))];
        if (stored.Count > 0)
        {
            await using var update = new NpgsqlBatch(connection, transaction);
            Update(update, Parameters(stored, withCame: true), casts);
            await KeysAsync(update, token);
        }
    }

    /// <summary>
    /// The journey keys the batch's statements return (<c>RETURNING journey_key</c>), of the one statement that
    /// returns rows; every statement is run, and the first to fail throws.
    /// </summary>
    public static async Task<HashSet<string>> KeysAsync(NpgsqlBatch batch, CancellationToken token)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await batch.ExecuteReaderAsync(token);
        do
        {
            while (await reader.ReadAsync(token))
            {
                keys.Add(reader.GetString(0));
            }
        } while (await reader.NextResultAsync(token));

        return keys;
    }

    /// <summary>Each column's array cast to its type, <c>$1::type[], …</c>.</summary>
    private async Task<string> CastsAsync(
        NpgsqlConnection connection,
        NpgsqlTransaction transaction,
        CancellationToken token
    )
    {
        if (_columns.Distinct().Count() != _columns.Count || _kinds.Count(k => !k.EarliestWins) > 1)
        {
            throw new InvalidOperationException("Two kinds of journey facts row set one column: they cannot merge.");
        }

        var types = await RowArrays.TypesAsync(JourneyFactsColumns.Table, connection, transaction, token);
        return string.Join(", ", _columns.Select((c, i) => $"${i + 1}::{types[c]}[]"));
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

    private NpgsqlBatchCommand Insert(Array[] arrays, string rule, string casts) =>
        RowArrays.Command(
            $"""
            INSERT INTO {JourneyFactsColumns.Table} AS f ({string.Join(", ", _columns)})
            SELECT * FROM unnest({casts}) ORDER BY 1
            {rule}
            """,
            arrays
        );

    /// <summary>
    /// Adds the stored rows' update (returning the keys it updated), between the plan settings that find each row by
    /// its key and their reset.
    /// </summary>
    private void Update(NpgsqlBatch batch, Array[] arrays, string casts)
    {
        var came = string.Join(", ", _kinds.Select((_, i) => $"${_columns.Count + i + 1}::boolean[]"));
        var update = RowArrays.Command(
            $"""
            UPDATE {JourneyFactsColumns.Table} AS f SET {string.Join(", ", Sets())}
            FROM unnest({casts}, {came})
                AS u({string.Join(", ", _columns)}, {string.Join(", ", _kinds.Select((_, i) => $"came{i}"))})
            WHERE f.journey_key = u.journey_key
            RETURNING f.journey_key
            """,
            arrays
        );
        RowsByKey.ForEach(set => batch.BatchCommands.Add(new NpgsqlBatchCommand(set)));
        batch.BatchCommands.Add(update);
        PlansAsBefore.ForEach(reset => batch.BatchCommands.Add(new NpgsqlBatchCommand(reset)));
    }

    /// <summary>
    /// Each stored row found by its key for the update. Given thousands of keys (a batch of a log whose journeys
    /// interleave, most of them stored by earlier batches), the planner hashed them against a scan of every stored
    /// journey: each batch read the whole table, and the rebuild's cost grew with the square of the journeys.
    /// </summary>
    private static readonly List<string> RowsByKey =
    [
        "SET LOCAL enable_seqscan = off",
        "SET LOCAL enable_hashjoin = off",
        "SET LOCAL enable_mergejoin = off",
    ];

    private static readonly List<string> PlansAsBefore =
    [
        "RESET enable_seqscan",
        "RESET enable_hashjoin",
        "RESET enable_mergejoin",
    ];

    /// <summary>
    /// Each kind's columns set when it came and its rule lets it: the live upserts' rules, row by row.
    /// </summary>
    private IEnumerable<string> Sets() =>
        _kinds.SelectMany(
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

    /// <summary>
    /// One typed array a column (and, <paramref name="withCame"/>, a boolean array a kind: whether it came).
    /// </summary>
    private Array[] Parameters(IReadOnlyList<MergedRow> of, bool withCame)
    {
        var values = of.Select(r => r.Values).ToList();
        var arrays = new List<Array>(_columns.Count + _kinds.Count);
        for (var column = 0; column < _columns.Count; column++)
        {
            arrays.Add(
                RowArrays.Column(values, column)
                    ?? throw new InvalidOperationException($"Journey facts column {_columns[column]} mixes kinds.")
            );
        }

        for (var kind = 0; withCame && kind < _kinds.Count; kind++)
        {
            arrays.Add(of.Select(r => r.Came[kind]).ToArray());
        }

        return [.. arrays];
    }
}

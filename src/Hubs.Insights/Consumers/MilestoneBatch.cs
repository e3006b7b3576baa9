using System.Text;
using System.Text.RegularExpressions;
using Hubs.Insights.Store;
using Npgsql;

namespace Hubs.Insights.Consumers;

/// <summary>A milestone contract with its message id (the id of the event it came from).</summary>
public sealed record Milestone(Guid MessageId, object Contract);

/// <summary>
/// Applies thousands of milestones in one transaction, as the rebuild needs, with exactly the effect of applying them
/// one by one through their consumers: a message a live consumer applied changes nothing; the same rows
/// (<see cref="MilestoneEffects"/>) and journeys' treatment figures (<see cref="JourneyTreatment"/>, once a journey
/// after all the rows), and the rebuild's position saved with them instead of a dedupe mark a message. A journey's
/// facts rows are merged into one a batch (<see cref="JourneyFactsMerge"/>). The rows of any other kind go in one
/// statement of column arrays (<see cref="RowArrays"/>) or, failing that, multi-row statements; a row whose key
/// comes again in the batch goes in the next statement of that kind, so no statement touches a row twice and each
/// row sees its milestones in stream order, as one-by-one application would.
/// </summary>
public sealed partial class MilestoneBatch(NpgsqlDataSource dataSource)
{
    private const int MaxParameters = 60_000;

    /// <returns>How many of the milestones it applied: those a live consumer had applied are left out.</returns>
    public Task<int> ApplyAsync(
        IReadOnlyList<Milestone> milestones,
        long position,
        CancellationToken cancellationToken
    ) => ApplyAsync(milestones, position, null, refreshTreatment: true, cancellationToken);

    /// <summary>
    /// As above, with the keys this rebuild run has written (<see cref="WrittenKeys"/>): a row whose key it has not
    /// seen goes in by a plain insert. Null: every row by its own rule. Without <paramref name="refreshTreatment"/>,
    /// the journeys' treatment figures are left to the caller, which stores them all once its batches are applied
    /// (<see cref="RefillCellsAsync"/>).
    /// </summary>
    public async Task<int> ApplyAsync(
        IReadOnlyList<Milestone> milestones,
        long position,
        WrittenKeys? written,
        bool refreshTreatment,
        CancellationToken cancellationToken
    )
    {
        ArgumentNullException.ThrowIfNull(milestones);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // A batch lost in a crash is applied again on resume (its position is lost with it): no need to wait for disk.
        await using (var fast = new NpgsqlCommand("SET LOCAL synchronous_commit = off", connection, transaction))
        {
            await fast.ExecuteNonQueryAsync(cancellationToken);
        }

        var (live, anyLive) = await AppliedLiveAsync(connection, transaction, milestones, cancellationToken);
        if (anyLive)
        {
            written?.Disable();
        }

        var fresh = milestones.Where(m => !live.Contains(m.MessageId)).ToList();
        var kinds = new Dictionary<RowSql, Kind>(ReferenceEqualityComparer.Instance);
        var facts = new JourneyFactsMerge();
        var treated = new HashSet<string>(StringComparer.Ordinal);
        foreach (var milestone in fresh)
        {
            var statements = MilestoneEffects.Of(milestone.Contract);
            treated.UnionWith(JourneyTreatment.Touched(statements));
            foreach (var statement in statements)
            {
                if (statement.Sql.Facts is not null)
                {
                    facts.Add(statement);
                    continue;
                }

                if (!kinds.TryGetValue(statement.Sql, out var kind))
                {
                    kinds.Add(statement.Sql, kind = new Kind(statement.Sql));
                }

                kind.Add(statement.Values);
            }
        }

        // The run's keys, unless a live message or a stored key it had not written turned them off.
        var keys = written is { Enabled: true } ? written : null;
        if (!facts.IsEmpty)
        {
            await facts.Rows().WriteAsync(connection, transaction, keys, cancellationToken);
        }

        foreach (var kind in kinds.Values)
        {
            await kind.WriteAsync(connection, transaction, keys, cancellationToken);
        }

        if (refreshTreatment)
        {
            await JourneyTreatment.RefreshAsync(connection, transaction, treated, batchLock: true, cancellationToken);
        }

        await RebuildPosition.SaveAsync(connection, transaction, position, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return fresh.Count;
    }

    /// <summary>
    /// The journey tables' sums worked out afresh from the journeys (<see cref="JourneyCellsRefill"/>), and every
    /// journey's treatment figures stored from its rows as it is read: the batches write journeys only, and the rebuild
    /// sums them once when its batches are applied. On a log whose journeys interleave, a journey's appointments and
    /// measures come in many batches, and storing its figures in each was a dozen writes a journey.
    /// </summary>
    public Task RefillCellsAsync(CancellationToken cancellationToken) =>
        JourneyCellsRefill.RunAsync(dataSource, cancellationToken);

    /// <summary>
    /// The batch's messages a live consumer applied (and marked) since the store was emptied, read under the batch
    /// lock (<see cref="RebuildPosition.BatchLock"/>): a live message being applied now commits first. The batch
    /// itself marks nothing: its position tells a live consumer what it applied. Also whether any live message has been
    /// applied since the store was emptied (then the tables hold rows no rebuild wrote).
    /// </summary>
    private static async Task<(HashSet<Guid> Applied, bool Any)> AppliedLiveAsync(
        NpgsqlConnection connection,
        NpgsqlTransaction transaction,
        IReadOnlyList<Milestone> milestones,
        CancellationToken cancellationToken
    )
    {
        await using var read = new NpgsqlBatch(connection, transaction)
        {
            BatchCommands =
            {
                new NpgsqlBatchCommand(RebuildPosition.BatchLock),
                new NpgsqlBatchCommand("SELECT message_id FROM insights.processed_messages WHERE message_id = ANY($1)")
                {
                    Parameters = { new NpgsqlParameter { Value = milestones.Select(m => m.MessageId).ToArray() } },
                },
                new NpgsqlBatchCommand("SELECT EXISTS (SELECT FROM insights.processed_messages)"),
            },
        };
        var applied = new HashSet<Guid>();
        await using var reader = await read.ExecuteReaderAsync(cancellationToken);
        await reader.NextResultAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            applied.Add(reader.GetGuid(0));
        }

        await reader.NextResultAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (applied, reader.GetBoolean(0));
    }

    /// <summary>
    /// Two rows of one kind are the same row when their key columns hold equal values (each column is of one type in
    /// every row of a kind), compared as they are rather than as text.
    /// </summary>
    private sealed class KeyComparer(int keyLength) : IEqualityComparer<object?[]>
    {
        public bool Equals(object?[]? x, object?[]? y)
        {
            for (var i = 0; i < keyLength; i++)
            {
                if (!object.Equals(x![i], y![i]))
                {
                    return false;
                }
            }

            return true;
        }

        public int GetHashCode(object?[] obj)
        {
            var hash = new HashCode();
            for (var i = 0; i < keyLength; i++)
            {
                hash.Add(obj[i]);
            }

            return hash.ToHashCode();
        }
    }

    [GeneratedRegex(@"VALUES \(\$1(?:, \$\d+)*\)")]
    private static partial Regex OneRow();

    /// <summary>The rows of one statement kind, in rounds: the nth time a key comes, its row goes in round n.</summary>
    private sealed class Kind(RowSql sql)
    {
        private readonly Dictionary<object?[], int> _seen = new(new KeyComparer(sql.KeyLength));
        private readonly List<List<object?[]>> _rounds = [];

        public void Add(object?[] values)
        {
            var round = _seen.TryGetValue(values, out var times) ? times : 0;
            _seen[values] = round + 1;
            if (round == _rounds.Count)
            {
                _rounds.Add([]);
            }

            _rounds[round].Add(values);
        }

        /// <summary>
        /// The same rows with no <c>ON CONFLICT</c> rule (a statement without one is plain already): for keys not
        /// stored (<see cref="WrittenKeys"/>).
        /// </summary>
        private readonly RowSql _plain = sql.Text.LastIndexOf("ON CONFLICT", StringComparison.Ordinal)
            is var at
                and >= 0
            ? sql with
            {
                Text = sql.Text[..at],
            }
            : sql;

        /// <summary>
        /// The rows round by round; those of keys <c>written</c> has not seen (when given) by a plain insert.
        /// </summary>
        public async Task WriteAsync(
            NpgsqlConnection connection,
            NpgsqlTransaction transaction,
            WrittenKeys? written,
            CancellationToken cancellationToken
        )
        {
            foreach (var round in _rounds)
            {
                if (written is null)
                {
                    await WriteAsync(sql, round, connection, transaction, cancellationToken);
                    continue;
                }

                var (maybe, fresh) = (new List<object?[]>(), new List<object?[]>(round.Count));
                foreach (var values in round)
                {
                    (written.Add(sql, values) ? maybe : fresh).Add(values);
                }

                await WriteAsync(sql, maybe, connection, transaction, cancellationToken);
                await WriteAsync(_plain, fresh, connection, transaction, cancellationToken);
            }
        }

        private static async Task WriteAsync(
            RowSql rule,
            List<object?[]> round,
            NpgsqlConnection connection,
            NpgsqlTransaction transaction,
            CancellationToken cancellationToken
        )
        {
            if (
                round.Count == 0
                || await RowArrays.TryWriteAsync(rule, round, connection, transaction, cancellationToken)
            )
            {
                return;
            }

            foreach (var chunk in round.Chunk(MaxParameters / round[0].Length))
            {
                await using var command = new NpgsqlCommand(
                    Sql(rule, chunk.Length, round[0].Length),
                    connection,
                    transaction
                );
                foreach (var value in chunk.SelectMany(row => row))
                {
                    command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
                }

                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        private static string Sql(RowSql sql, int rows, int width)
        {
            var values = new StringBuilder("VALUES ");
            for (var row = 0; row < rows; row++)
            {
                values.Append(row == 0 ? "(" : ", (");
                for (var column = 1; column <= width; column++)
                {
                    values.Append(column == 1 ? "$" : ", $").Append(row * width + column);
                }

                values.Append(')');
            }

            var one = OneRow().Match(sql.Text);
            return one.Success
                ? string.Concat(
                    sql.Text.AsSpan(0, one.Index),
                    values.ToString(),
                    sql.Text.AsSpan(one.Index + one.Length)
                )
                : throw new InvalidOperationException("A milestone's row must be written with VALUES ($1, …, $n).");
        }
    }
}

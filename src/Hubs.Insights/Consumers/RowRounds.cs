using System.Text;
using System.Text.RegularExpressions;
using Npgsql;

namespace Hubs.Insights.Consumers;

/// <summary>
/// A batch's rows of one statement kind, in rounds: the nth time a key comes, its row goes in round n, so no statement
/// touches a row twice and each row sees its milestones in stream order. Split by the keys a rebuild run has written
/// (<see cref="WrittenKeys"/>) as the batch is worked out, the rows of keys it has not written go in by a plain insert.
/// </summary>
internal sealed partial class RowRounds(RowSql sql)
{
    private const int MaxParameters = 60_000;

    private readonly Dictionary<object?[], int> _seen = new(new KeyComparer(sql.KeyLength));
    private readonly List<List<object?[]>> _rounds = [];

    /// <summary>Each round's rows of keys the run may have written, then of those it certainly has not.</summary>
    private List<Part>? _split;

    /// <summary>
    /// The same rows with no <c>ON CONFLICT</c> rule (a statement without one is plain already): for keys not stored.
    /// </summary>
    private readonly RowSql _plain = sql.Text.LastIndexOf("ON CONFLICT", StringComparison.Ordinal) is var at and >= 0
        ? sql with
        {
            Text = sql.Text[..at],
        }
        : sql;

    /// <summary>Every row, as the statements of its milestones (in rounds, not in stream order).</summary>
    public IEnumerable<Statement> Statements => _rounds.SelectMany(round => round.Select(r => new Statement(sql, r)));

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
    /// Marks every row's key as written, round by round, keeping which keys the run had certainly not written: done
    /// once, as the batch is worked out, and before the next batch's, so the keys are seen in stream order. Each
    /// part's typed arrays are built now too (<see cref="RowArrays.Arrays"/>), off the batch's transaction.
    /// </summary>
    public void Split(WrittenKeys written)
    {
        _split = [];
        foreach (var round in _rounds)
        {
            var (maybe, fresh) = (new List<object?[]>(), new List<object?[]>(round.Count));
            foreach (var values in round)
            {
                (written.Add(sql, values) ? maybe : fresh).Add(values);
            }

            _split.Add(new Part(sql, maybe, RowArrays.Arrays(sql, maybe)));
            _split.Add(new Part(_plain, fresh, RowArrays.Arrays(_plain, fresh)));
        }
    }

    /// <summary>
    /// The rows' statements, round by round, added to <paramref name="batch"/> (which runs them in order): when
    /// <paramref name="keyed"/> (and split), those of keys the run had not written by a plain insert; otherwise each by
    /// its own rule.
    /// </summary>
    public async Task AddToAsync(
        NpgsqlBatch batch,
        bool keyed,
        NpgsqlConnection connection,
        NpgsqlTransaction transaction,
        CancellationToken cancellationToken
    )
    {
        var parts =
            keyed && _split is not null
                ? _split
                : _rounds.Select(round => new Part(sql, round, RowArrays.Arrays(sql, round)));
        foreach (var (rule, rows, arrays) in parts)
        {
            if (rows.Count == 0)
            {
                continue;
            }

            if (
                arrays is not null
                && await RowArrays.CommandAsync(rule, arrays, connection, transaction, cancellationToken) is { } command
            )
            {
                batch.BatchCommands.Add(command);
                continue;
            }

            foreach (var chunk in rows.Chunk(MaxParameters / rows[0].Length))
            {
                var values = new NpgsqlBatchCommand(Sql(rule, chunk.Length, rows[0].Length));
                foreach (var value in chunk.SelectMany(row => row))
                {
                    values.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
                }

                batch.BatchCommands.Add(values);
            }
        }
    }

    /// <summary>One statement's rows, by one rule, and their typed arrays when they can go as arrays.</summary>
    private sealed record Part(RowSql Rule, List<object?[]> Rows, Array[]? Arrays);

    [GeneratedRegex(@"VALUES \(\$1(?:, \$\d+)*\)")]
    private static partial Regex OneRow();

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
            ? string.Concat(sql.Text.AsSpan(0, one.Index), values.ToString(), sql.Text.AsSpan(one.Index + one.Length))
            : throw new InvalidOperationException("A milestone's row must be written with VALUES ($1, …, $n).");
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
}

using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Npgsql;

namespace Hubs.Insights.Consumers;

/// <summary>
/// Many rows of one <see cref="RowSql"/> as one statement with one array per column: <c>VALUES ($1, …, $n)</c>
/// becomes <c>SELECT * FROM unnest($1::type[], …, $n::type[])</c> in key order, each array cast to its column's own
/// type, so PostgreSQL parses and plans n parameters instead of one per value and the rows mean exactly what they
/// meant one by one. The arrays are built without the database (<see cref="Arrays"/>), ahead of the batch that sends
/// them; rows it cannot send this way (a column of another kind than a scalar, mixed kinds in a column) get none,
/// and the caller writes them as multi-row <c>VALUES</c>.
/// </summary>
internal static partial class RowArrays
{
    /// <summary>Each scalar kind a column may hold, and how its values are copied into a typed array.</summary>
    private static readonly Dictionary<Type, Func<IReadOnlyList<object?[]>, int, Array?>> Scalars = new()
    {
        [typeof(string)] = Fill<string>,
        [typeof(int)] = Fill<int?>,
        [typeof(long)] = Fill<long?>,
        [typeof(short)] = Fill<short?>,
        [typeof(bool)] = Fill<bool?>,
        [typeof(Guid)] = Fill<Guid?>,
        [typeof(DateOnly)] = Fill<DateOnly?>,
        [typeof(double)] = Fill<double?>,
        [typeof(decimal)] = Fill<decimal?>,
    };

    /// <summary>Each table's column types (<c>format_type</c>), read once per process: the schema is fixed.</summary>
    private static readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, string>> ColumnTypes = new(
        StringComparer.Ordinal
    );

    [GeneratedRegex(
        @"^\s*INSERT INTO\s+(?<table>[\w.]+)(?:\s+AS\s+\w+)?\s*\((?<columns>[^)]*)\)\s*"
            + @"(?<values>VALUES \(\$1(?:, \$\d+)*\))"
    )]
    private static partial Regex Insert();

    /// <summary>Each statement's table and columns, when it is one row's <c>VALUES</c>; parsed once a text.</summary>
    private static readonly ConcurrentDictionary<string, (string Table, string[] Columns, int At, int Length)?> Shapes =
        new(StringComparer.Ordinal);

    /// <summary>Each statement's text as one of arrays, made once its table's column types are known.</summary>
    private static readonly ConcurrentDictionary<string, string> Texts = new(StringComparer.Ordinal);

    /// <summary>
    /// The rows' values as one typed array a column, with no database: the rebuild works them out ahead, with the
    /// rows. Null when the rows must be written another way.
    /// </summary>
    public static Array[]? Arrays(RowSql sql, IReadOnlyList<object?[]> rows)
    {
        if (rows.Count == 0 || Shape(sql.Text) is not { } shape || shape.Columns.Length != rows[0].Length)
        {
            return null;
        }

        var arrays = new Array[shape.Columns.Length];
        for (var column = 0; column < arrays.Length; column++)
        {
            if (Column(rows, column) is not { } array)
            {
                return null;
            }

            arrays[column] = array;
        }

        return arrays;
    }

    /// <summary>
    /// The statement of <paramref name="arrays"/> (<see cref="Arrays"/>), or null when its table lacks a column.
    /// </summary>
    public static async Task<NpgsqlBatchCommand?> CommandAsync(
        RowSql sql,
        Array[] arrays,
        NpgsqlConnection connection,
        NpgsqlTransaction transaction,
        CancellationToken cancellationToken
    )
    {
        var shape = Shape(sql.Text) ?? throw new InvalidOperationException("Not a statement of arrays.");
        if (!Texts.TryGetValue(sql.Text, out var text))
        {
            var types = await TypesAsync(shape.Table, connection, transaction, cancellationToken);
            if (shape.Columns.Any(c => !types.ContainsKey(c)))
            {
                return null;
            }

            var unnest = string.Join(", ", shape.Columns.Select((c, i) => $"${i + 1}::{types[c]}[]"));
            // In key order (no key comes twice in one statement, so the rows mean the same): each index page is
            // visited once for its keys of the batch instead of at random, and locks are taken in the order live
            // consumers take them. Measured in benchmarks/SCALE.md.
            var order = string.Join(", ", Enumerable.Range(1, Math.Max(sql.KeyLength, 1)));
            text = Texts[sql.Text] = string.Concat(
                sql.Text.AsSpan(0, shape.At),
                $"SELECT * FROM unnest({unnest}) ORDER BY {order}",
                sql.Text.AsSpan(shape.At + shape.Length)
            );
        }

        return Command(text, arrays);
    }

    /// <summary>
    /// A statement of <paramref name="text"/> whose parameters are <paramref name="arrays"/>, in order.
    /// </summary>
    public static NpgsqlBatchCommand Command(string text, Array[] arrays)
    {
        var command = new NpgsqlBatchCommand(text);
        foreach (var array in arrays)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = array });
        }

        return command;
    }

    private static (string Table, string[] Columns, int At, int Length)? Shape(string text) =>
        Shapes.GetOrAdd(text, static t =>
            Insert().Match(t) is { Success: true } insert
                ? (
                    insert.Groups["table"].Value,
                    insert.Groups["columns"].Value.Split(',', StringSplitOptions.TrimEntries),
                    insert.Groups["values"].Index,
                    insert.Groups["values"].Length
                )
                : null
        );

    /// <summary>
    /// One column's values as a typed array (nullable elements for value types; text when every value is null,
    /// which the cast turns into the column's type), or null when its values are not all of one scalar kind.
    /// </summary>
    internal static Array? Column(IReadOnlyList<object?[]> rows, int column)
    {
        var kind = rows.Select(r => r[column]?.GetType()).FirstOrDefault(t => t is not null) ?? typeof(string);
        return Scalars.TryGetValue(kind, out var fill) ? fill(rows, column) : null;
    }

    /// <summary>
    /// The column's values cast one by one (a null stays null), or null at the first of another kind than the first
    /// value's (<typeparamref name="T"/>): one pass, no reflection a value.
    /// </summary>
    private static T[]? Fill<T>(IReadOnlyList<object?[]> rows, int column)
    {
        var array = new T[rows.Count];
        for (var row = 0; row < rows.Count; row++)
        {
            switch (rows[row][column])
            {
                case null:
                    break;
                case T value:
                    array[row] = value;
                    break;
                default:
                    return null;
            }
        }

        return array;
    }

    internal static async Task<IReadOnlyDictionary<string, string>> TypesAsync(
        string table,
        NpgsqlConnection connection,
        NpgsqlTransaction transaction,
        CancellationToken cancellationToken
    )
    {
        if (ColumnTypes.TryGetValue(table, out var known))
        {
            return known;
        }

        await using var command = new NpgsqlCommand(
            """
            SELECT attname, format_type(atttypid, atttypmod) FROM pg_attribute
            WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped
            """,
            connection,
            transaction
        );
        command.Parameters.Add(new NpgsqlParameter { Value = table });
        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                types[reader.GetString(0)] = reader.GetString(1);
            }
        }

        return ColumnTypes[table] = types;
    }
}

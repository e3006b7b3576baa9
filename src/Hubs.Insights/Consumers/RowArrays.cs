using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Npgsql;

namespace Hubs.Insights.Consumers;

/// <summary>
/// Many rows of one <see cref="RowSql"/> as one statement with one array per column: <c>VALUES ($1, …, $n)</c>
/// becomes <c>SELECT * FROM unnest($1::type[], …, $n::type[])</c> in key order, each array cast to its column's own
/// type, so PostgreSQL parses and plans n parameters instead of one per value and the rows mean exactly what they
/// meant one by one. Rows it cannot send this way (a column of another kind than a scalar, mixed kinds in a column)
/// return false, and the caller writes them as multi-row <c>VALUES</c>.
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

    /// <returns>False when the rows must be written another way (nothing was written).</returns>
    public static async Task<bool> TryWriteAsync(
        RowSql sql,
        IReadOnlyList<object?[]> rows,
        NpgsqlConnection connection,
        NpgsqlTransaction transaction,
        CancellationToken cancellationToken
    )
    {
        var insert = Insert().Match(sql.Text);
        if (!insert.Success || rows.Count == 0)
        {
            return false;
        }

        var columns = insert.Groups["columns"].Value.Split(',', StringSplitOptions.TrimEntries);
        if (columns.Length != rows[0].Length)
        {
            return false;
        }

        var arrays = new Array[columns.Length];
        for (var column = 0; column < columns.Length; column++)
        {
            if (Column(rows, column) is not { } array)
            {
                return false;
            }

            arrays[column] = array;
        }

        var types = await TypesAsync(insert.Groups["table"].Value, connection, transaction, cancellationToken);
        if (columns.Any(c => !types.ContainsKey(c)))
        {
            return false;
        }

        var unnest = string.Join(", ", columns.Select((c, i) => $"${i + 1}::{types[c]}[]"));
        // In key order (no key comes twice in one statement, so the rows mean the same): each index page is visited
        // once for its keys of the batch instead of at random, and locks are taken in the order live consumers take
        // them. Measured in benchmarks/SCALE.md.
        var order = string.Join(", ", Enumerable.Range(1, Math.Max(sql.KeyLength, 1)));
        var values = insert.Groups["values"];
        var text = string.Concat(
            sql.Text.AsSpan(0, values.Index),
            $"SELECT * FROM unnest({unnest}) ORDER BY {order}",
            sql.Text.AsSpan(values.Index + values.Length)
        );
        await using var command = new NpgsqlCommand(text, connection, transaction);
        foreach (var array in arrays)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = array });
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
        return true;
    }

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

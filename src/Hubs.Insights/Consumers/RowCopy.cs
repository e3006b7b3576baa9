using Npgsql;
using NpgsqlTypes;

namespace Hubs.Insights.Consumers;

/// <summary>
/// Rows whose keys are certainly not stored (<see cref="WrittenKeys"/>) written by one binary <c>COPY</c> instead of an
/// <c>INSERT … SELECT * FROM unnest(…)</c>: nothing to parse or plan, no arrays unpacked into a function scan's
/// tuplestores and sorted, and PostgreSQL fills each heap page in one write. The rows go in key order, as the
/// statements' do (each index page visited once for its keys of the batch). Only for columns of the plain scalar
/// types below holding values of their own kind; any other rows return false, and the caller writes them as before.
/// </summary>
internal static class RowCopy
{
    /// <summary>Each column type copied, the value's kind it takes, and how it is written.</summary>
    private static readonly Dictionary<string, (Type Kind, NpgsqlDbType Type)> Types = new(StringComparer.Ordinal)
    {
        ["text"] = (typeof(string), NpgsqlDbType.Text),
        ["integer"] = (typeof(int), NpgsqlDbType.Integer),
        ["bigint"] = (typeof(long), NpgsqlDbType.Bigint),
        ["smallint"] = (typeof(short), NpgsqlDbType.Smallint),
        ["boolean"] = (typeof(bool), NpgsqlDbType.Boolean),
        ["uuid"] = (typeof(Guid), NpgsqlDbType.Uuid),
        ["date"] = (typeof(DateOnly), NpgsqlDbType.Date),
    };

    /// <summary>The rows of a statement with no rule after its <c>VALUES</c> (an insert of keys not stored).</summary>
    /// <returns>False when the rows must be written another way (nothing was written).</returns>
    public static Task<bool> TryWriteAsync(
        RowSql plain,
        IReadOnlyList<object?[]> rows,
        NpgsqlConnection connection,
        NpgsqlTransaction transaction,
        CancellationToken cancellationToken
    )
    {
        var insert = RowArrays.Insert().Match(plain.Text);
        var values = insert.Groups["values"];
        return
            !insert.Success
            || rows.Count == 0
            || !string.IsNullOrWhiteSpace(plain.Text[(values.Index + values.Length)..])
            ? Task.FromResult(false)
            : TryWriteAsync(
                insert.Groups["table"].Value,
                insert.Groups["columns"].Value.Split(',', StringSplitOptions.TrimEntries),
                plain.KeyLength,
                rows,
                connection,
                transaction,
                cancellationToken
            );
    }

    /// <returns>False when the rows must be written another way (nothing was written).</returns>
    public static async Task<bool> TryWriteAsync(
        string table,
        IReadOnlyList<string> columns,
        int keyLength,
        IReadOnlyList<object?[]> rows,
        NpgsqlConnection connection,
        NpgsqlTransaction transaction,
        CancellationToken cancellationToken
    )
    {
        if (rows.Count == 0 || rows.Any(r => r.Length != columns.Count))
        {
            return false;
        }

        var types = await RowArrays.TypesAsync(table, connection, transaction, cancellationToken);
        var copied = new (Type Kind, NpgsqlDbType Type)[columns.Count];
        for (var column = 0; column < columns.Count; column++)
        {
            if (
                !types.TryGetValue(columns[column], out var name)
                || !Types.TryGetValue(name, out copied[column])
                || rows.Any(r => r[column] is { } value && value.GetType() != copied[column].Kind)
            )
            {
                return false;
            }
        }

        var sorted = rows.ToArray();
        Array.Sort(sorted, new KeyOrder(keyLength));
        await using var copy = await connection.BeginBinaryImportAsync(
            $"COPY {table} ({string.Join(", ", columns)}) FROM STDIN (FORMAT BINARY)",
            cancellationToken
        );
        foreach (var row in sorted)
        {
            // Written synchronously: the values go to the importer's buffer, which blocks only when it is sent.
            copy.StartRow();
            for (var column = 0; column < row.Length; column++)
            {
                if (row[column] is { } value)
                {
                    copy.Write(value, copied[column].Type);
                }
                else
                {
                    copy.WriteNull();
                }
            }
        }

        await copy.CompleteAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// Rows by their key columns as the keys' indexes order them (text byte by byte, <c>COLLATE "C"</c>).
    /// </summary>
    private sealed class KeyOrder(int keyLength) : IComparer<object?[]>
    {
        public int Compare(object?[]? x, object?[]? y)
        {
            for (var i = 0; i < keyLength; i++)
            {
                var order = (x![i], y![i]) switch
                {
                    (string a, string b) => string.CompareOrdinal(a, b),
                    var (a, b) => Comparer<object?>.Default.Compare(a, b),
                };
                if (order != 0)
                {
                    return order;
                }
            }

            return 0;
        }
    }
}

namespace Hubs.Insights.Consumers;

/// <summary>
/// A contract written as one row of one table: each column named once beside the message field it takes, the
/// table's key first (<c>keyLength</c> columns), then the rest. The SQL is made from that list, so a column and its
/// value cannot drift apart, and the live consumer and the rebuild apply the same <see cref="RowSql"/>
/// (<see cref="MilestoneBatch"/> groups rows by it). Every row carries the message's stream version; what a key
/// coming again does is the row's rule below.
/// </summary>
public static class MessageRow
{
    /// <summary>A row written once: its key coming again (a republished message) changes nothing.</summary>
    public static MessageRow<TMessage> Once<TMessage>(
        string table,
        int keyLength,
        params (string Column, Func<TMessage, object?> Value)[] columns
    ) => Of(table, keyLength, columns, "DO NOTHING");

    /// <summary>
    /// One row per key holding the latest message: a later stream version replaces it, an earlier one (arriving
    /// late) changes nothing, so the row comes out the same in any arrival order.
    /// </summary>
    public static MessageRow<TMessage> Latest<TMessage>(
        string table,
        int keyLength,
        params (string Column, Func<TMessage, object?> Value)[] columns
    ) =>
        Of(
            table,
            keyLength,
            columns,
            $"{Update(keyLength, columns)}\nWHERE EXCLUDED.stream_version > t.stream_version"
        );

    /// <summary>One row per key; the message replaces what the row held (facts that never change).</summary>
    public static MessageRow<TMessage> Replaced<TMessage>(
        string table,
        int keyLength,
        params (string Column, Func<TMessage, object?> Value)[] columns
    ) => Of(table, keyLength, columns, Update(keyLength, columns));

    private static MessageRow<TMessage> Of<TMessage>(
        string table,
        int keyLength,
        (string Column, Func<TMessage, object?> Value)[] columns,
        string onConflict
    )
    {
        ArgumentNullException.ThrowIfNull(columns);
        var names = columns.Select(c => c.Column).ToList();
        var keys = string.Join(", ", names.Take(keyLength));
        var values = string.Join(", ", names.Select((_, i) => $"${i + 1}"));
        var sql = new RowSql(
            $"INSERT INTO {table} AS t ({string.Join(", ", names)})\nVALUES ({values})\n"
                + $"ON CONFLICT ({keys}) {onConflict}",
            keyLength
        )
        {
            Facts = Facts(table, keyLength, names, onConflict),
        };
        return new MessageRow<TMessage>(sql, [.. columns.Select(c => c.Value)]);
    }

    /// <summary>
    /// A journey's facts row is merged with the journey's other milestones by the rebuild (<see cref="RowSql.Facts"/>):
    /// only a whole-row replacement keyed by the journey, the Hub next, merges exactly.
    /// </summary>
    private static JourneyFactsColumns? Facts(string table, int keyLength, List<string> names, string onConflict) =>
        table != JourneyFactsColumns.Table ? null
        : keyLength == 1
        && names[1] == "hub_id"
        && onConflict.StartsWith("DO UPDATE", StringComparison.Ordinal)
        && !onConflict.Contains("WHERE", StringComparison.Ordinal)
            ? new JourneyFactsColumns(names[1..], EarliestWins: false)
        : throw new InvalidOperationException("A journey's facts row is written by MessageRow.Replaced only.");

    private static string Update<TMessage>(int keyLength, (string Column, Func<TMessage, object?> Value)[] columns)
    {
        ArgumentNullException.ThrowIfNull(columns);
        return "DO UPDATE SET "
            + string.Join(", ", columns.Skip(keyLength).Select(c => $"{c.Column} = EXCLUDED.{c.Column}"));
    }
}

/// <summary>One table's row made from one contract (see <see cref="MessageRow"/>).</summary>
public sealed class MessageRow<TMessage>
{
    private readonly Func<TMessage, object?>[] _values;

    internal MessageRow(RowSql sql, Func<TMessage, object?>[] values)
    {
        Sql = sql;
        _values = values;
    }

    public RowSql Sql { get; }

    /// <summary>The message's row: its values in the order of the columns, as positional parameters.</summary>
    public Statement Of(TMessage message) => new(Sql, [.. _values.Select(value => value(message))]);
}

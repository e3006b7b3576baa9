namespace Hubs.Insights.Disclosure;

/// <summary>A row of a table before publication: its label, and whether it is the total row.</summary>
public interface ITableRow
{
    string Label { get; }

    bool IsTotal { get; }
}

/// <summary>One row of a table before publication: its label and the records it is about.</summary>
public sealed record DraftRow<T>(string Label, IReadOnlyList<Keyed<T>> Records, bool IsTotal = false) : ITableRow;

/// <summary>One row of a table before publication, as the sums of its records (<see cref="CellSums"/>).</summary>
public sealed record SummedRow(string Label, CellSums Sums, bool IsTotal = false) : ITableRow;

/// <summary>
/// Publishes a table cell by cell through <see cref="CellRules"/>. A total row is a cell of its own (its
/// own records, its own noise), so rows need not add up to it: additivity is given up so that no two
/// published figures can be differenced into a hidden one.
/// </summary>
public static class CellTable
{
    /// <summary>
    /// <paramref name="hideZerosUnderSuppressedTotal"/> is for a breakdown by category (see
    /// <see cref="ZerosUnderSuppressedTotals"/>).
    /// </summary>
    public static PublishedTable Publish<T>(
        string title,
        IReadOnlyList<DraftRow<T>> rows,
        IReadOnlyList<Measure<T>> measures,
        bool hideZerosUnderSuppressedTotal = false,
        DisclosureOptions? options = null
    ) => Table(title, rows, measures, (m, row, o) => m.Publish(row.Records, o), hideZerosUnderSuppressedTotal, options);

    /// <summary>The same table from its rows' sums: every cell exactly as from the records summed.</summary>
    public static PublishedTable Publish<T>(
        string title,
        IReadOnlyList<SummedRow> rows,
        IReadOnlyList<Measure<T>> measures,
        bool hideZerosUnderSuppressedTotal = false,
        DisclosureOptions? options = null
    ) =>
        Table(title, rows, measures, (m, row, o) => m.PublishSums(row.Sums, o), hideZerosUnderSuppressedTotal, options);

    /// <summary>The rows' cells, each row's cell of a column published by <paramref name="cell"/>.</summary>
    private static PublishedTable Table<T, TRow>(
        string title,
        IReadOnlyList<TRow> rows,
        IReadOnlyList<Measure<T>> measures,
        Func<Measure<T>, TRow, DisclosureOptions, PublishedCell> cell,
        bool hideZerosUnderSuppressedTotal,
        DisclosureOptions? options
    )
        where TRow : ITableRow
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(measures);
        var rules = options ?? DisclosureOptions.Default;
        rules.Validate();
        var cells = rows.Select(row => measures.Select(m => cell(m, row, rules)).ToList()).ToList();
        if (hideZerosUnderSuppressedTotal)
        {
            ZerosUnderSuppressedTotals.Hide(rows.ToList().FindIndex(r => r.IsTotal), cells);
        }

        return new PublishedTable(
            title,
            [.. measures.Select(m => new PublishedColumn(m.Key, m.Label, m.Kind))],
            [.. rows.Select((r, i) => new PublishedRow(r.Label, r.IsTotal, cells[i]))]
        );
    }
}

namespace Hubs.Insights.Disclosure;

/// <summary>One row of a table before publication: its label and the records it is about.</summary>
public sealed record DraftRow<T>(string Label, IReadOnlyList<Keyed<T>> Records, bool IsTotal = false);

/// <summary>One row of a table before publication, as the sums of its records (<see cref="CellSums"/>).</summary>
public sealed record SummedRow(string Label, CellSums Sums, bool IsTotal = false);

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
    ) =>
        Table(
            title,
            [.. rows.Select(r => (r.Label, r.IsTotal))],
            measures,
            (measure, row, rules) => measure.Publish(rows[row].Records, rules),
            hideZerosUnderSuppressedTotal,
            options
        );

    /// <summary>The same table from its rows' sums: every cell exactly as from the records summed.</summary>
    public static PublishedTable Publish<T>(
        string title,
        IReadOnlyList<SummedRow> rows,
        IReadOnlyList<Measure<T>> measures,
        bool hideZerosUnderSuppressedTotal = false,
        DisclosureOptions? options = null
    ) =>
        Table(
            title,
            [.. rows.Select(r => (r.Label, r.IsTotal))],
            measures,
            (measure, row, rules) => measure.PublishSums(rows[row].Sums, rules),
            hideZerosUnderSuppressedTotal,
            options
        );

    /// <summary>The rows' cells, each column's published by <paramref name="cell"/> (a row by its index).</summary>
    private static PublishedTable Table<T>(
        string title,
        List<(string Label, bool IsTotal)> rows,
        IReadOnlyList<Measure<T>> measures,
        Func<Measure<T>, int, DisclosureOptions, PublishedCell> cell,
        bool hideZerosUnderSuppressedTotal,
        DisclosureOptions? options
    )
    {
        ArgumentNullException.ThrowIfNull(measures);
        var rules = options ?? DisclosureOptions.Default;
        rules.Validate();
        var cells = rows.Select((_, row) => measures.Select(m => cell(m, row, rules)).ToList()).ToList();
        if (hideZerosUnderSuppressedTotal)
        {
            ZerosUnderSuppressedTotals.Hide(rows.FindIndex(r => r.IsTotal), cells);
        }

        return new PublishedTable(
            title,
            [.. measures.Select(m => new PublishedColumn(m.Key, m.Label, m.Kind))],
            [.. rows.Select((r, i) => new PublishedRow(r.Label, r.IsTotal, cells[i]))]
        );
    }
}

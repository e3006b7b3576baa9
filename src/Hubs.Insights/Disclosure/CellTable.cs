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
    /// <paramref name="hideZerosUnderSuppressedTotal"/> is for a breakdown by category: where the total of a
    /// column is withheld, its 0s are withheld too, or "0 women, 0 not stated, * men" would tell that the few
    /// people behind the total are all men.
    /// </summary>
    public static PublishedTable Publish<T>(
        string title,
        IReadOnlyList<DraftRow<T>> rows,
        IReadOnlyList<Measure<T>> measures,
        bool hideZerosUnderSuppressedTotal = false,
        DisclosureOptions? options = null
    )
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(measures);
        options ??= DisclosureOptions.Default;
        options.Validate();
        var cells = rows.Select(r => measures.Select(m => m.Publish(r.Records, options)).ToList()).ToList();
        return Table(
            title,
            [.. rows.Select(r => (r.Label, r.IsTotal))],
            measures,
            cells,
            hideZerosUnderSuppressedTotal
        );
    }

    /// <summary>The same table from its rows' sums: every cell exactly as from the records summed.</summary>
    public static PublishedTable Publish<T>(
        string title,
        IReadOnlyList<SummedRow> rows,
        IReadOnlyList<Measure<T>> measures,
        bool hideZerosUnderSuppressedTotal = false,
        DisclosureOptions? options = null
    )
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(measures);
        options ??= DisclosureOptions.Default;
        options.Validate();
        var cells = rows.Select(r => measures.Select(m => m.PublishSums(r.Sums, options)).ToList()).ToList();
        return Table(
            title,
            [.. rows.Select(r => (r.Label, r.IsTotal))],
            measures,
            cells,
            hideZerosUnderSuppressedTotal
        );
    }

    private static PublishedTable Table<T>(
        string title,
        List<(string Label, bool IsTotal)> rows,
        IReadOnlyList<Measure<T>> measures,
        List<List<PublishedCell>> cells,
        bool hideZerosUnderSuppressedTotal
    )
    {
        var total = rows.FindIndex(r => r.IsTotal);
        if (hideZerosUnderSuppressedTotal && total >= 0)
        {
            for (var c = 0; c < measures.Count; c++)
            {
                if (cells[total][c].Status != CellStatus.Suppressed)
                {
                    continue;
                }

                foreach (var row in cells.Where(row => row[c].Status == CellStatus.NoData || row[c].Value == 0))
                {
                    row[c] = PublishedCell.Suppressed;
                }
            }
        }

        return new PublishedTable(
            title,
            [.. measures.Select(m => new PublishedColumn(m.Key, m.Label, m.Kind))],
            [.. rows.Select((r, i) => new PublishedRow(r.Label, r.IsTotal, cells[i]))]
        );
    }
}

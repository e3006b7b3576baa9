namespace Hubs.Insights.Disclosure;

/// <summary>
/// The one gate between raw figures and anything a stakeholder sees (pages, CSV, JSON feeds): a
/// <see cref="TableDraft"/> goes in, a <see cref="PublishedTable"/> with no raw figure comes out.
/// Counts and the numerators and denominators of rates form the additive grid that secondary
/// suppression protects; a rate whose numerator or denominator is suppressed is suppressed with it.
/// </summary>
public static class DisclosureControl
{
    public static PublishedTable Publish(TableDraft draft, DisclosureOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(draft);
        options ??= DisclosureOptions.Default;
        options.Validate();
        Validate(draft);

        var layout = GridLayout.Of(draft, n => SmallNumberRules.IsSmall(n, options));
        var grid = new SuppressionGrid(layout.Values, layout.Primary, draft.TotalColumn, draft.TotalRow);
        SecondarySuppression.Apply(grid);

        var rows = new List<PublishedRow>();
        for (var r = 0; r < layout.Rows; r++)
        {
            var isTotal = draft.TotalRow && r == draft.RowLabels.Count;
            var cells = new List<PublishedCell>();
            for (var c = 0; c < draft.Columns.Count; c++)
            {
                cells.Add(PublishCell(draft.Columns[c], layout, grid, r, c, isTotal, options));
            }

            if (draft.TotalColumn)
            {
                cells.Add(CountCell(grid, r, layout.TotalColumn, isTotal, options));
            }

            rows.Add(new PublishedRow(isTotal ? draft.TotalLabel : draft.RowLabels[r], isTotal, cells));
        }

        return new PublishedTable(draft.Title, Columns(draft), rows);
    }

    private static PublishedCell PublishCell(
        DraftColumn column, GridLayout layout, SuppressionGrid grid, int row, int index, bool isTotal, DisclosureOptions options)
    {
        var first = layout.FirstGridColumn[index];
        switch (column)
        {
            case CountColumn:
                return CountCell(grid, row, first, isTotal, options);
            case RateColumn when grid.Suppressed[row, first] || grid.Suppressed[row, first + 1]:
                return PublishedCell.Suppressed;
            case RateColumn rates:
                return SmallNumberRules.Rate(isTotal ? Ratio.Sum(rates.Ratios) : rates.Ratios[row], options);
            case SummaryColumn summaries:
                return SmallNumberRules.Summary(isTotal ? summaries.Total : summaries.Values[row], options);
            default:
                throw new ArgumentException($"Unknown column type {column.GetType().Name}.", nameof(column));
        }
    }

    private static PublishedCell CountCell(SuppressionGrid grid, int row, int column, bool isTotal, DisclosureOptions options) =>
        grid.Suppressed[row, column]
            ? PublishedCell.Suppressed
            : SmallNumberRules.Count(grid.Values[row, column], options, exact: isTotal && options.ExactNationalTotals);

    private static List<PublishedColumn> Columns(TableDraft draft)
    {
        var columns = draft.Columns.Select(c => new PublishedColumn(c.Key, c.Label, c switch
        {
            CountColumn => ColumnKind.Count,
            RateColumn => ColumnKind.Percent,
            _ => ColumnKind.Number,
        })).ToList();
        if (draft.TotalColumn)
        {
            columns.Add(new PublishedColumn("total", draft.TotalLabel, ColumnKind.Count));
        }

        return columns;
    }

    private static void Validate(TableDraft draft)
    {
        if (draft.Columns.Any(c => c.Length != draft.RowLabels.Count))
        {
            throw new ArgumentException("Every column needs one figure per row label.", nameof(draft));
        }

        if (draft.Columns.Select(c => c.Key).Distinct(StringComparer.Ordinal).Count() != draft.Columns.Count)
        {
            throw new ArgumentException("Column keys must be unique.", nameof(draft));
        }

        if (draft.TotalColumn && (draft.Columns.Count == 0 || draft.Columns.Any(c => c is not CountColumn)))
        {
            throw new ArgumentException("A total column sums counts: use it on tables of counts only.", nameof(draft));
        }
    }
}

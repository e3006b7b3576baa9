namespace Hubs.Insights.Disclosure;

/// <summary>
/// Lays a draft's additive figures out as a <see cref="SuppressionGrid"/>: a count column takes one grid
/// column, a rate column two (numerators, then denominators); then the total column and the total row.
/// </summary>
internal sealed record GridLayout(long[,] Values, int[] FirstGridColumn, int TotalColumn)
{
    public int Rows => Values.GetLength(0);

    public static GridLayout Of(TableDraft draft)
    {
        var columns = new List<long[]>();
        var first = new int[draft.Columns.Count];
        for (var c = 0; c < draft.Columns.Count; c++)
        {
            first[c] = columns.Count;
            switch (draft.Columns[c])
            {
                case CountColumn counts:
                    columns.Add(counts.Counts.ToArray());
                    break;
                case RateColumn rates:
                    columns.Add(rates.Ratios.Select(r => r.Numerator).ToArray());
                    columns.Add(rates.Ratios.Select(r => r.Denominator).ToArray());
                    break;
                default:
                    break;
            }
        }

        var interiorRows = draft.RowLabels.Count;
        if (draft.TotalColumn)
        {
            columns.Add(Enumerable.Range(0, interiorRows).Select(r => columns.Sum(col => col[r])).ToArray());
        }

        var rows = interiorRows + (draft.TotalRow ? 1 : 0);
        var values = new long[rows, columns.Count];
        for (var c = 0; c < columns.Count; c++)
        {
            for (var r = 0; r < interiorRows; r++)
            {
                values[r, c] = columns[c][r];
            }

            if (draft.TotalRow)
            {
                values[interiorRows, c] = columns[c].Sum();
            }
        }

        return new GridLayout(values, first, columns.Count - 1);
    }
}

namespace Hubs.Insights.Disclosure;

/// <summary>
/// Lays a draft's additive figures out for a <see cref="SuppressionGrid"/>: a count column takes one grid
/// column, a rate column two (numerators, then denominators); then the total column and the total row.
/// <see cref="Primary"/> marks small counts, and both parts of a rate whose base in people is small: the
/// rate is withheld, so its parts must not be left to recover by subtraction either.
/// </summary>
internal sealed record GridLayout(long[,] Values, bool[,] Primary, int[] FirstGridColumn, int TotalColumn)
{
    public int Rows => Values.GetLength(0);

    public static GridLayout Of(TableDraft draft, Func<long, bool> isSmall)
    {
        var columns = new List<(long[] Values, long[]? People)>();
        var first = new int[draft.Columns.Count];
        for (var c = 0; c < draft.Columns.Count; c++)
        {
            first[c] = columns.Count;
            switch (draft.Columns[c])
            {
                case CountColumn counts:
                    columns.Add((counts.Counts.ToArray(), null));
                    break;
                case RateColumn rates:
                    var people = rates.Ratios.Select(r => r.BasePeople).ToArray();
                    columns.Add((rates.Ratios.Select(r => r.Numerator).ToArray(), people));
                    columns.Add((rates.Ratios.Select(r => r.Denominator).ToArray(), people));
                    break;
                default:
                    break;
            }
        }

        var interiorRows = draft.RowLabels.Count;
        if (draft.TotalColumn)
        {
            columns.Add((Enumerable.Range(0, interiorRows).Select(r => columns.Sum(col => col.Values[r])).ToArray(), null));
        }

        var rows = interiorRows + (draft.TotalRow ? 1 : 0);
        var values = new long[rows, columns.Count];
        var primary = new bool[rows, columns.Count];
        for (var c = 0; c < columns.Count; c++)
        {
            var (column, people) = columns[c];
            for (var r = 0; r < rows; r++)
            {
                var total = r == interiorRows;
                values[r, c] = total ? column.Sum() : column[r];
                var basePeople = people is null ? 0 : total ? people.Sum() : people[r];
                primary[r, c] = isSmall(values[r, c]) || isSmall(basePeople);
            }
        }

        return new GridLayout(values, primary, first, columns.Count - 1);
    }
}

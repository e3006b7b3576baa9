namespace Hubs.Insights.Disclosure;

/// <summary>
/// The additive part of a table: counts laid out with their totals. When <see cref="RowsAreLines"/>, the
/// last column holds each row's total; when <see cref="ColumnsAreLines"/>, the last row holds each
/// column's total. A line is a whole row or column, total included: its members sum to its total.
/// </summary>
internal sealed class SuppressionGrid
{
    public SuppressionGrid(long[,] values, bool[,] primary, bool rowsAreLines, bool columnsAreLines)
    {
        Values = values;
        Suppressed = (bool[,])primary.Clone();
        RowsAreLines = rowsAreLines;
        ColumnsAreLines = columnsAreLines;
    }

    public long[,] Values { get; }

    public bool[,] Suppressed { get; }

    public bool RowsAreLines { get; }

    public bool ColumnsAreLines { get; }

    public int Rows => Values.GetLength(0);

    public int Columns => Values.GetLength(1);

    /// <summary>Every constrained line, each as its cells in order (the total last).</summary>
    public IEnumerable<(int Row, int Column)[]> Lines()
    {
        if (RowsAreLines)
        {
            for (var r = 0; r < Rows; r++)
            {
                var row = r;
                yield return Enumerable.Range(0, Columns).Select(c => (row, c)).ToArray();
            }
        }

        if (ColumnsAreLines)
        {
            for (var c = 0; c < Columns; c++)
            {
                var column = c;
                yield return Enumerable.Range(0, Rows).Select(r => (r, column)).ToArray();
            }
        }
    }

    /// <summary>A cell secondary suppression may take: shown, and not 0 (a published 0 gives nothing away).</summary>
    public bool CanSuppress((int Row, int Column) cell) =>
        !Suppressed[cell.Row, cell.Column] && Values[cell.Row, cell.Column] != 0;
}

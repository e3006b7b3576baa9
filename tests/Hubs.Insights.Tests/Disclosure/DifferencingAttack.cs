namespace Hubs.Insights.Tests.Disclosure;

/// <summary>
/// What an attacker can solve from a published table of counts with totals. Cells are unknown where
/// suppressed; a line is a whole row (when the table has a total column) or a whole column (when it has a
/// total row), its members summing to its total. Known values do not matter here: a cell counts as
/// recovered when the equations pin it down, which is stricter than needed (the shown values are rounded).
/// </summary>
internal static class DifferencingAttack
{
    /// <summary>The brief's attacker: a cell is recovered when it is the only unknown in a line, repeatedly.</summary>
    public static HashSet<(int, int)> SoleUnknown(bool[,] unknown, bool rowsAreLines, bool columnsAreLines)
    {
        var open = (bool[,])unknown.Clone();
        var recovered = new HashSet<(int, int)>();
        bool progress;
        do
        {
            progress = false;
            foreach (var line in Lines(open, rowsAreLines, columnsAreLines))
            {
                var unknowns = line.Where(cell => open[cell.Item1, cell.Item2]).ToList();
                if (unknowns.Count == 1)
                {
                    open[unknowns[0].Item1, unknowns[0].Item2] = false;
                    recovered.Add(unknowns[0]);
                    progress = true;
                }
            }
        }
        while (progress);

        return recovered;
    }

    /// <summary>
    /// The stronger attacker: any combination of line equations. A cell is determined when dropping its
    /// column from the system's matrix lowers the rank.
    /// </summary>
    public static HashSet<(int, int)> Linear(bool[,] unknown, bool rowsAreLines, bool columnsAreLines)
    {
        var cells = new List<(int, int)>();
        for (var r = 0; r < unknown.GetLength(0); r++)
        {
            for (var c = 0; c < unknown.GetLength(1); c++)
            {
                if (unknown[r, c])
                {
                    cells.Add((r, c));
                }
            }
        }

        var equations = Lines(unknown, rowsAreLines, columnsAreLines)
            .Select(line => cells.Select(cell => line.Contains(cell) ? 1.0 : 0.0).ToArray())
            .ToList();
        var rank = Rank(equations, cells.Count, skip: -1);
        return cells.Where((cell, i) => Rank(equations, cells.Count, skip: i) < rank).ToHashSet();
    }

    private static List<(int, int)[]> Lines(bool[,] grid, bool rowsAreLines, bool columnsAreLines)
    {
        var rows = grid.GetLength(0);
        var columns = grid.GetLength(1);
        var lines = new List<(int, int)[]>();
        if (rowsAreLines)
        {
            lines.AddRange(Enumerable.Range(0, rows).Select(r => Enumerable.Range(0, columns).Select(c => (r, c)).ToArray()));
        }

        if (columnsAreLines)
        {
            lines.AddRange(Enumerable.Range(0, columns).Select(c => Enumerable.Range(0, rows).Select(r => (r, c)).ToArray()));
        }

        return lines;
    }

    private static int Rank(List<double[]> equations, int width, int skip)
    {
        var m = equations.Select(e => e.Where((_, i) => i != skip).ToArray()).ToArray();
        var columns = skip < 0 ? width : width - 1;
        var rank = 0;
        for (var c = 0; c < columns && rank < m.Length; c++)
        {
            var pivot = Enumerable.Range(rank, m.Length - rank).FirstOrDefault(r => Math.Abs(m[r][c]) > 1e-9, -1);
            if (pivot < 0)
            {
                continue;
            }

            (m[rank], m[pivot]) = (m[pivot], m[rank]);
            for (var r = 0; r < m.Length; r++)
            {
                if (r != rank && Math.Abs(m[r][c]) > 1e-9)
                {
                    var factor = m[r][c] / m[rank][c];
                    for (var k = c; k < columns; k++)
                    {
                        m[r][k] -= factor * m[rank][k];
                    }
                }
            }

            rank++;
        }

        return rank;
    }
}

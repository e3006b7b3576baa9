namespace Hubs.Insights.Disclosure;

/// <summary>
/// Suppresses further cells until no suppressed cell can be worked out from the published ones.
/// Two rules, repeated until neither changes anything (each step suppresses one more cell, so it ends):
/// <list type="number">
/// <item>NHS Digital's rule: a line (row or column with its total) holding exactly one suppressed cell
/// gives it away by subtraction, so its next-smallest shown non-zero cell is suppressed too (ties go to
/// the earlier cell, so a total is taken only when nothing else is left).</item>
/// <item>Our hardening: a suppressed cell can also be solved from several lines at once (two rows minus
/// two columns, say) without any line holding it alone. <see cref="SolvableCells"/> finds those and the
/// smallest shown cell that makes each one unsolvable is suppressed.</item>
/// </list>
/// A suppressed 0 (the numerator of a rate withheld for its small base) needs no protection: working it
/// out reveals a 0, which the rules would publish anyway.
/// </summary>
internal static class SecondarySuppression
{
    public static void Apply(SuppressionGrid grid)
    {
        while (SuppressBesideLoneCell(grid) || SuppressBesideSolvableCell(grid))
        {
        }
    }

    private static bool SuppressBesideLoneCell(SuppressionGrid grid)
    {
        foreach (var line in grid.Lines())
        {
            var suppressed = line.Where(cell => grid.Suppressed[cell.Row, cell.Column]).ToList();
            if (suppressed.Count != 1 || grid.Values[suppressed[0].Row, suppressed[0].Column] == 0)
            {
                continue;
            }

            var next = Smallest(grid, line.Where(grid.CanSuppress));
            grid.Suppressed[next.Row, next.Column] = true;
            return true;
        }

        return false;
    }

    private static bool SuppressBesideSolvableCell(SuppressionGrid grid)
    {
        (int Row, int Column) solvable = SolvableCells.Find(grid)
            .Where(cell => grid.Values[cell.Row, cell.Column] != 0)
            .FirstOrDefault((-1, -1));
        if (solvable.Row < 0)
        {
            return false;
        }

        var candidates = Cells(grid).Where(grid.CanSuppress).ToList();
        var sameLine = candidates.Where(c => c.Row == solvable.Row || c.Column == solvable.Column);
        var ordered = Ordered(grid, sameLine).Concat(Ordered(grid, candidates.Except(sameLine)));
        foreach (var candidate in ordered)
        {
            grid.Suppressed[candidate.Row, candidate.Column] = true;
            if (!SolvableCells.IsSolvable(grid, solvable))
            {
                return true;
            }

            grid.Suppressed[candidate.Row, candidate.Column] = false;
        }

        // No single cell breaks it: take the smallest in its lines and look again. Suppressing every
        // non-zero cell leaves nothing solvable, so candidates run out only through a bug.
        if (candidates.Count == 0)
        {
            throw new InvalidOperationException("Secondary suppression found a solvable cell but nothing left to suppress.");
        }

        var fallback = Smallest(grid, sameLine.Any() ? sameLine : candidates);
        grid.Suppressed[fallback.Row, fallback.Column] = true;
        return true;
    }

    private static (int Row, int Column) Smallest(SuppressionGrid grid, IEnumerable<(int Row, int Column)> cells) =>
        Ordered(grid, cells).First();

    private static IEnumerable<(int Row, int Column)> Ordered(SuppressionGrid grid, IEnumerable<(int Row, int Column)> cells) =>
        cells.OrderBy(c => grid.Values[c.Row, c.Column]).ThenBy(c => c.Row).ThenBy(c => c.Column);

    private static IEnumerable<(int Row, int Column)> Cells(SuppressionGrid grid) =>
        from r in Enumerable.Range(0, grid.Rows) from c in Enumerable.Range(0, grid.Columns) select (Row: r, Column: c);
}

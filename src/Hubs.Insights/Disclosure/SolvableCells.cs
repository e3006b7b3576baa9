namespace Hubs.Insights.Disclosure;

/// <summary>
/// Finds suppressed cells an attacker could solve exactly from the published cells and totals, by any
/// sum and difference of lines. Seen as a graph whose nodes are the lines and whose edges are the
/// suppressed cells (a cell joins its row and its column), the line equations determine a cell exactly
/// when its edge is a bridge: every other edge lies on a cycle, along which values can shift (+1, −1, …)
/// without changing any published figure. Rows or columns without a published total constrain nothing,
/// so they all merge into one free node.
/// </summary>
internal static class SolvableCells
{
    public static IEnumerable<(int Row, int Column)> Find(SuppressionGrid grid)
    {
        var edges = new List<(int Row, int Column, int From, int To)>();
        var free = grid.Rows + grid.Columns;
        for (var r = 0; r < grid.Rows; r++)
        {
            for (var c = 0; c < grid.Columns; c++)
            {
                if (grid.Suppressed[r, c])
                {
                    edges.Add((r, c, grid.RowsAreLines ? r : free, grid.ColumnsAreLines ? grid.Rows + c : free));
                }
            }
        }

        for (var i = 0; i < edges.Count; i++)
        {
            var edge = edges[i];
            if (edge.From != edge.To && !Connected(free + 1, edges, without: i, edge.From, edge.To))
            {
                yield return (edge.Row, edge.Column);
            }
        }
    }

    private static bool Connected(int nodes, List<(int Row, int Column, int From, int To)> edges, int without, int a, int b)
    {
        var parent = Enumerable.Range(0, nodes).ToArray();
        int Root(int n)
        {
            while (parent[n] != n)
            {
                n = parent[n] = parent[parent[n]];
            }

            return n;
        }

        for (var i = 0; i < edges.Count; i++)
        {
            if (i != without)
            {
                parent[Root(edges[i].From)] = Root(edges[i].To);
            }
        }

        return Root(a) == Root(b);
    }
}

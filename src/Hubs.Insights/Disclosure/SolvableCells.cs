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
    public static List<(int Row, int Column)> Find(SuppressionGrid grid)
    {
        var graph = new LineGraph(grid);
        var bridges = new BridgeSearch(graph).Run();
        return graph.Edges.Where((_, i) => bridges.Contains(i)).Select(e => (e.Row, e.Column)).ToList();
    }

    public static bool IsSolvable(SuppressionGrid grid, (int Row, int Column) cell)
    {
        var graph = new LineGraph(grid);
        var edge = graph.Edges.FindIndex(e => e.Row == cell.Row && e.Column == cell.Column);
        return edge >= 0 && graph.IsBridge(edge);
    }
}

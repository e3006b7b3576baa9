namespace Hubs.Insights.Disclosure;

/// <summary>The lines of a <see cref="SuppressionGrid"/> as nodes, its suppressed cells as edges.</summary>
internal sealed class LineGraph
{
    public LineGraph(SuppressionGrid grid)
    {
        Nodes = grid.Rows + grid.Columns + 1;
        var free = Nodes - 1;
        for (var r = 0; r < grid.Rows; r++)
        {
            for (var c = 0; c < grid.Columns; c++)
            {
                if (grid.Suppressed[r, c])
                {
                    Edges.Add((r, c, grid.RowsAreLines ? r : free, grid.ColumnsAreLines ? grid.Rows + c : free));
                }
            }
        }

        Adjacent = Enumerable.Range(0, Nodes).Select(_ => new List<(int Node, int Edge)>()).ToArray();
        for (var i = 0; i < Edges.Count; i++)
        {
            Adjacent[Edges[i].From].Add((Edges[i].To, i));
            Adjacent[Edges[i].To].Add((Edges[i].From, i));
        }
    }

    public int Nodes { get; }

    public List<(int Row, int Column, int From, int To)> Edges { get; } = [];

    public List<(int Node, int Edge)>[] Adjacent { get; }

    /// <summary>Whether the edge's ends fall apart without it.</summary>
    public bool IsBridge(int edge)
    {
        var (_, _, from, to) = Edges[edge];
        var seen = new bool[Nodes];
        var stack = new Stack<int>([from]);
        seen[from] = true;
        while (stack.TryPop(out var node))
        {
            foreach (var (next, via) in Adjacent[node])
            {
                if (via != edge && !seen[next])
                {
                    seen[next] = true;
                    stack.Push(next);
                }
            }
        }

        return !seen[to];
    }
}

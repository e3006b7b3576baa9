namespace Hubs.Insights.Disclosure;

/// <summary>Tarjan's bridge search; edges are told apart by index, so parallel edges are no bridges.</summary>
internal sealed class BridgeSearch(LineGraph graph)
{
    private readonly int[] order = Enumerable.Repeat(-1, graph.Nodes).ToArray();
    private readonly int[] low = new int[graph.Nodes];
    private readonly HashSet<int> bridges = [];
    private int counter;

    public HashSet<int> Run()
    {
        for (var node = 0; node < graph.Nodes; node++)
        {
            if (order[node] < 0)
            {
                Visit(node, viaEdge: -1);
            }
        }

        return bridges;
    }

    private void Visit(int node, int viaEdge)
    {
        order[node] = low[node] = counter++;
        foreach (var (next, edge) in graph.Adjacent[node])
        {
            if (edge == viaEdge)
            {
                continue;
            }

            if (order[next] < 0)
            {
                Visit(next, edge);
                low[node] = Math.Min(low[node], low[next]);
                if (low[next] > order[node])
                {
                    bridges.Add(edge);
                }
            }
            else
            {
                low[node] = Math.Min(low[node], order[next]);
            }
        }
    }
}

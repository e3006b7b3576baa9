namespace Hubs.Architecture.Tests.Slices;

/// <summary>The groups of slices that reach each other (strongly connected components, Tarjan's algorithm).</summary>
internal static class Circles
{
    public static IReadOnlyList<IReadOnlyList<string>> In(SliceGraph graph)
    {
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var circles = new List<IReadOnlyList<string>>();

        void Visit(string slice)
        {
            index[slice] = low[slice] = index.Count;
            stack.Push(slice);
            foreach (var next in graph.UsedBy(slice))
            {
                if (!index.TryGetValue(next, out var seen))
                {
                    Visit(next);
                    low[slice] = Math.Min(low[slice], low[next]);
                }
                else if (stack.Contains(next))
                {
                    low[slice] = Math.Min(low[slice], seen);
                }
            }

            if (low[slice] == index[slice])
            {
                var members = new List<string>();
                string member;
                do
                {
                    member = stack.Pop();
                    members.Add(member);
                } while (member != slice);
                if (members.Count > 1)
                {
                    circles.Add([.. members.Order(StringComparer.Ordinal)]);
                }
            }
        }

        foreach (var slice in graph.Slices.Order(StringComparer.Ordinal).Where(s => !index.ContainsKey(s)))
        {
            Visit(slice);
        }

        return circles;
    }
}

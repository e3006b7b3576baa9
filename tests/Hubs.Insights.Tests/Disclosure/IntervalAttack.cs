namespace Hubs.Insights.Tests.Disclosure;

/// <summary>
/// An attacker's solver: whole-number unknowns, each with bounds read off what was published, tied by exact
/// linear relations (a total is the sum of its parts; one count is at most another). Bounds are tightened by
/// interval propagation over every relation until nothing changes: each pass does what an LP bound on a
/// single relation would, and repeating it chains relations (months into quarters into years, groups into
/// totals). It is sound (the truth always stays inside) and, on the nested sums a catalogue publishes, close to
/// what a full LP would give.
/// </summary>
internal sealed class IntervalAttack
{
    private readonly Dictionary<string, (long Low, long High)> bounds = new(StringComparer.Ordinal);
    private readonly List<(string Total, string[] Parts)> sums = [];
    private readonly List<(string Smaller, string Larger)> orders = [];

    public IReadOnlyDictionary<string, (long Low, long High)> Bounds => bounds;

    public bool Knows(string cell) => bounds.ContainsKey(cell);

    public void Bound(string cell, long low, long high) =>
        bounds[cell] = bounds.TryGetValue(cell, out var b)
            ? (Math.Max(b.Low, low), Math.Min(b.High, high))
            : (low, high);

    public void Sum(string total, IEnumerable<string> parts) => sums.Add((total, [.. parts]));

    public void AtMost(string smaller, string larger) => orders.Add((smaller, larger));

    public int Solve(int maxPasses = 200)
    {
        for (var pass = 1; pass <= maxPasses; pass++)
        {
            var changed = false;
            foreach (var (total, parts) in sums)
            {
                var low = parts.Sum(p => bounds[p].Low);
                var high = parts.Sum(p => bounds[p].High);
                changed |= Tighten(total, low, high);
                foreach (var part in parts)
                {
                    var others = parts.Where(p => p != part).ToList();
                    changed |= Tighten(
                        part,
                        bounds[total].Low - others.Sum(p => bounds[p].High),
                        bounds[total].High - others.Sum(p => bounds[p].Low)
                    );
                }
            }

            foreach (var (smaller, larger) in orders)
            {
                changed |= Tighten(larger, bounds[smaller].Low, long.MaxValue);
                changed |= Tighten(smaller, 0, bounds[larger].High);
            }

            if (!changed)
            {
                return pass;
            }
        }

        return maxPasses;
    }

    private bool Tighten(string cell, long low, long high)
    {
        var (l, h) = bounds[cell];
        var (nl, nh) = (Math.Max(l, low), Math.Min(h, high));
        if ((nl, nh) == (l, h))
        {
            return false;
        }

        bounds[cell] = (nl, nh);
        return true;
    }
}

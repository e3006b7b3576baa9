using System.Runtime.InteropServices;
using Hubs.Insights.Disclosure;

namespace Hubs.Insights.Store;

/// <summary>
/// One row's sums of <see cref="JourneyCellTotals"/>: the parts without a bucket in an array by part number, the rest
/// (a median's values, a spell's weeks past the array's reach) by key. A journey adds a few dozen parts to each of
/// its rows, numbered one after another as their measures were made, so they land side by side in the array: a
/// dictionary's look-up of each at a scattered place was the largest single share of a refill's summing.
/// </summary>
internal sealed class JourneyCellRowTotals
{
    private const int InArray = 4096;

    private Total[] parts = [];
    private Dictionary<PartKey, Total>? others;

    public void Add(PartKey at, long amount, long keys)
    {
        ref var total = ref At(at);
        total = new Total(total.Amount + amount, total.Keys + keys);
    }

    /// <summary>Every sum that is not nothing.</summary>
    public IEnumerable<(PartKey At, Total Total)> Sums()
    {
        for (var part = 0; part < parts.Length; part++)
        {
            if (parts[part] != default)
            {
                yield return (new PartKey(part, 0), parts[part]);
            }
        }

        foreach (var (at, total) in others ?? [])
        {
            if (total != default)
            {
                yield return (at, total);
            }
        }
    }

    private ref Total At(PartKey at)
    {
        if (at.Bucket != 0 || at.Part is < 0 or >= InArray)
        {
            others ??= [];
            return ref CollectionsMarshal.GetValueRefOrAddDefault(others, at, out _);
        }

        if (at.Part >= parts.Length)
        {
            Array.Resize(ref parts, Math.Min(InArray, Math.Max(at.Part + 1, parts.Length * 2)));
        }

        return ref parts[at.Part];
    }

    public readonly record struct Total(long Amount, long Keys);
}

namespace Hubs.Insights.Metrics;

/// <summary>
/// The median of whole numbers: the middle value, or for an even count the mean of the two middle values (so it may end
/// in .5).
/// </summary>
public static class Median
{
    /// <summary>Null for no values.</summary>
    public static decimal? Of(IEnumerable<int> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sorted = values.Order().ToList();
        if (sorted.Count == 0)
        {
            return null;
        }

        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + (decimal)sorted[middle]) / 2;
    }

    /// <summary>The same median of values given in order, each with how many times it occurs (a histogram).</summary>
    public static decimal? OfCounts(IReadOnlyList<(int Value, long Count)> ordered)
    {
        ArgumentNullException.ThrowIfNull(ordered);
        var count = ordered.Sum(v => v.Count);
        if (count == 0)
        {
            return null;
        }

        var middle = count / 2;
        return count % 2 == 1 ? At(ordered, middle) : (At(ordered, middle - 1) + (decimal)At(ordered, middle)) / 2;
    }

    /// <summary>The value at a place of the sorted values.</summary>
    private static int At(IReadOnlyList<(int Value, long Count)> ordered, long index)
    {
        foreach (var (value, count) in ordered)
        {
            if (index < count)
            {
                return value;
            }

            index -= count;
        }

        throw new ArgumentOutOfRangeException(nameof(index));
    }
}

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
}

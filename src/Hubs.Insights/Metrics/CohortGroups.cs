namespace Hubs.Insights.Metrics;

/// <summary>
/// Splits a cohort by a <see cref="Dimension"/> for a breakdown table: groups in ordinal order, "Not
/// stated" last. A breakdown's total row is over the whole cohort, so it is national only when the cohort
/// covers every Hub: only then may <c>DisclosureOptions.ExactNationalTotals</c> be set.
/// </summary>
internal static class CohortGroups
{
    public static List<(string Label, List<JourneyFacts> Facts)> Split(IEnumerable<JourneyFacts> cohort, Dimension dimension)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        return cohort
            .GroupBy(f => Dimensions.GroupOf(f, dimension), StringComparer.Ordinal)
            .OrderBy(g => g.Key == Dimensions.NotStated)
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (g.Key, g.ToList()))
            .ToList();
    }
}

using Hubs.Insights.Metrics;

namespace Hubs.Insights.Features.Tables;

/// <summary>The journeys a table is about: those of the given Hubs that pass the filter.</summary>
public static class Cohort
{
    public static List<JourneyFacts> Select(IEnumerable<JourneyFacts> facts, IReadOnlySet<string> hubs, InsightsFilter filter)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(hubs);
        ArgumentNullException.ThrowIfNull(filter);
        return facts
            .Where(f => hubs.Contains(f.HubId) && InPeriod(f.ReferralMonth, filter))
            .Where(f => filter.Sector is null || f.Sector == filter.Sector)
            .ToList();
    }

    public static bool InPeriod(string month, InsightsFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return (filter.From is null || string.CompareOrdinal(month, filter.From) >= 0)
            && (filter.To is null || string.CompareOrdinal(month, filter.To) <= 0);
    }

    /// <summary>
    /// Every month from the filter's first (or the earliest seen) to its last (or the latest seen), so a
    /// trend shows months with no referrals as 0 instead of leaving them out.
    /// </summary>
    public static List<string> Months(IEnumerable<string> seen, InsightsFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var months = seen.ToList();
        var first = filter.From ?? months.Min(StringComparer.Ordinal);
        var last = filter.To ?? months.Max(StringComparer.Ordinal);
        if (first is null || last is null)
        {
            return [];
        }

        var all = new List<string>();
        for (var month = DateOnly.ParseExact(first + "-01", "yyyy-MM-dd"); string.CompareOrdinal(month.ToString("yyyy-MM", null), last) <= 0; month = month.AddMonths(1))
        {
            all.Add(month.ToString("yyyy-MM", null));
        }

        return all;
    }
}

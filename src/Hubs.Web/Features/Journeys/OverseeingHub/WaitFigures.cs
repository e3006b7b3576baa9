namespace Hubs.Web.Features.Journeys.OverseeingHub;

/// <summary>
/// One line of waits in whole days: how many people, the median, the longest, and how many fall past (open) or
/// within (completed) the 6- and 18-week marks. Null median and longest when nobody is in the line.
/// </summary>
public sealed record WaitFigures(
    string Stage,
    int People,
    double? Median,
    int? Longest,
    int PastSixWeeks,
    int PastEighteenWeeks
)
{
    public int WithinSixWeeks => People - PastSixWeeks;

    public int WithinEighteenWeeks => People - PastEighteenWeeks;

    /// <summary>
    /// Past a mark means more than its days: exactly 42 days is still within 6 weeks (src/DOMAIN-RULES.md, "Waits").
    /// </summary>
    public static WaitFigures Of(string stage, IReadOnlyCollection<int> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        var sorted = days.Order().ToList();
        double? median =
            sorted.Count == 0 ? null
            : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2]
            : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2.0;
        return new(
            stage,
            sorted.Count,
            median,
            sorted.Count == 0 ? null : sorted[^1],
            sorted.Count(d => d > HubFigures.SixWeeks),
            sorted.Count(d => d > HubFigures.EighteenWeeks)
        );
    }
}

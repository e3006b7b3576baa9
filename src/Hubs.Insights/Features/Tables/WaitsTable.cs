using Hubs.Insights.Disclosure;
using Hubs.Insights.Metrics;

namespace Hubs.Insights.Features.Tables;

/// <summary>Waits to assessment and to first treatment by month of referral (median days, share within 6 and 18 weeks).</summary>
public static class WaitsTable
{
    public const string Title = "Waits by month of referral";

    public static PublishedTable Publish(IReadOnlyCollection<JourneyFacts> cohort, MetricThresholds? thresholds = null) =>
        WaitBreakdown.Publish(cohort, Dimension.Month, thresholds) with { Title = Title };
}

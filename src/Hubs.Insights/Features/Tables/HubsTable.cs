using Hubs.Insights.Disclosure;
using Hubs.Insights.Metrics;

namespace Hubs.Insights.Features.Tables;

/// <summary>
/// The caller's Hubs side by side: referrals, treatment, outcomes and attendance, one row per Hub (only
/// the caller's own, as the cohort holds no other) and a total row.
/// </summary>
public static class HubsTable
{
    public const string Title = "Referrals, treatment and outcomes by Hub";

    public static PublishedTable Publish(IReadOnlyCollection<JourneyFacts> cohort) =>
        OutcomeBreakdown.Publish(cohort, Dimension.Hub) with { Title = Title };
}

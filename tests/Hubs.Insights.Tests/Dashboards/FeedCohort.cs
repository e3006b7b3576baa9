using Hubs.Insights.Metrics;

namespace Hubs.Insights.Tests.Dashboards;

/// <summary>The feed tests' cohort.</summary>
internal static class FeedCohort
{
    /// <summary>
    /// hub-a: 40 health referrals in January 2026 (screened) and 12 police in February; hub-b: 100 health in January.
    /// </summary>
    public static void Seed(DashboardHostFixture fixture) =>
        fixture.Facts.Set(
            Enumerable
                .Range(0, 40)
                .Select(i => new JourneyFacts($"a{i}", "hub-a", "2026-01") { Sector = "health", Screened = true })
                .Concat(
                    Enumerable
                        .Range(0, 12)
                        .Select(i => new JourneyFacts($"p{i}", "hub-a", "2026-02") { Sector = "police" })
                )
                .Concat(
                    Enumerable
                        .Range(0, 100)
                        .Select(i => new JourneyFacts($"b{i}", "hub-b", "2026-01") { Sector = "health" })
                )
        );
}

using Hubs.Insights.Features.Tables;

namespace Hubs.Insights.Tests.Dashboards;

/// <summary>
/// The commissioner's dashboard pages and the cohort the page tests read on them: one seed, so the access, filter
/// and figure tests look at the same data.
/// </summary>
internal static class DashboardCohort
{
    public static readonly string[] Pages =
    [
        "/dashboards/trends",
        "/dashboards/waits",
        "/dashboards/outcomes",
        "/dashboards/equity",
        "/dashboards/team-support",
    ];

    public static void SeedInto(DashboardHostFixture fixture)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        fixture.Facts.Set(
            Cohorts.Random(seed: 7, journeys: 140, hubs: ["hub-a", "hub-b", "hub-c"]),
            Enumerable
                .Range(0, 25)
                .Select(i => new TeamActivityFacts(
                    $"t{i}",
                    i % 3 == 0 ? "hub-b" : "hub-a",
                    $"2026-0{1 + (i % 6)}",
                    TeamSupportTable.Kinds[i % 5],
                    4 + i
                ))
        );
    }
}

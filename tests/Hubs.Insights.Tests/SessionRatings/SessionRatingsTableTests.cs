using Hubs.Insights.Disclosure;
using Hubs.Insights.Features.SessionRatings;
using Hubs.Insights.Features.Tables;
using Hubs.Insights.Tests.Disclosure;

namespace Hubs.Insights.Tests.SessionRatings;

/// <summary>
/// The ratings of team-based support over a hand-worked cohort, noise off (<see cref="NoNoise"/>) so each cell can be
/// worked by hand: 0 stays 0, 1–7 is *, anything else rounds to the nearest 5; a rate on a base of 1–7 activities is *.
/// An activity held but never rated counts in no column.
/// </summary>
public class SessionRatingsTableTests
{
    private static readonly RecordKeys Keys = new(new byte[32]);
    private static int next;

    private static IEnumerable<SessionRatingFacts> Activities(
        int count,
        string kind,
        (int Ratings, int Valuable, int Safe) rated = default,
        string hub = "hub-a",
        string month = "2026-01"
    ) =>
        Enumerable
            .Range(0, count)
            .Select(_ => new SessionRatingFacts(
                $"t{Interlocked.Increment(ref next)}",
                hub,
                month,
                kind,
                rated.Ratings,
                rated.Valuable,
                rated.Safe
            ));

    [Fact]
    public void Activities_rated_ratings_and_shares_by_kind_worked_by_hand()
    {
        // Team sessions: 10 rated by 5 each (50 ratings: 40 valuable, 50 safe) and 3 held but never rated.
        // Resilience workshops: 2 rated by 3 each (6 ratings: 6 valuable, 2 safe).
        var cohort = Activities(10, "team-session", rated: (5, 4, 5))
            .Concat(Activities(3, "team-session"))
            .Concat(Activities(2, "resilience-workshop", rated: (3, 3, 1)));

        var table = SessionRatingsTable.Publish(
            [.. cohort.Select(a => new Keyed<SessionRatingFacts>(a, Keys.Of("team-activity:" + a.Key)))],
            NoNoise.Options
        );

        Assert.Equal(
            ["team-session", "resilience-workshop", "reflective-group", "peer-support", "psychological-first-aid"],
            table.Rows.Where(r => !r.IsTotal).Select(r => r.Label)
        );
        Assert.Equal(["rated", "ratings", "found-valuable", "felt-safe"], table.Columns.Select(c => c.Key));
        // 10 rated (the 3 unrated left out), 50 ratings, 40 of 50 valuable 80.0%, 50 of 50 safe.
        Assert.Equal(["10", "50", "80.0%", "100.0%"], HandWorked.Row(table, "team-session"));
        // 2 rated *, 6 ratings *, rates on a base of 2 activities *.
        Assert.Equal(["*", "*", "*", "*"], HandWorked.Row(table, "resilience-workshop"));
        Assert.Equal("0", table.Cell("peer-support", "rated").Display);
        // Total: 12 rated → 10, 56 ratings → 55, 46 of 56 valuable 82.1%, 52 of 56 safe 92.9%.
        Assert.Equal(["10", "55", "82.1%", "92.9%"], HandWorked.Row(table, "Total"));
    }

    [Fact]
    public async Task The_catalogue_table_takes_the_periods_months_and_the_callers_Hub_only()
    {
        var source = new Cohort([
            .. Activities(9, "team-session", rated: (2, 2, 2)),
            .. Activities(5, "team-session", rated: (2, 2, 2), hub: "hub-b"),
            .. Activities(5, "team-session", rated: (2, 2, 2), month: "2025-12"),
        ]);
        var request = new TableRequest(TableCatalogue.SessionRatings, "hub-a", Period.Parse("2026-01")!);
        var hubs = new HashSet<string> { "hub-a" };

        var publisher = new SessionRatingsTable(source);

        var table = await publisher.PublishAsync(new TableScope(request, hubs, Keys, NoNoise.Options), default);

        // 9 activities → 10, 18 ratings → 20; the other Hub's and December's are left out.
        Assert.Equal("10", table!.Cell("team-session", "rated").Display);
        Assert.Equal("20", table.Cell("team-session", "ratings").Display);
        Assert.Equal([TableCatalogue.SessionRatings], publisher.Tables);
    }

    private sealed class Cohort(IReadOnlyList<SessionRatingFacts> activities) : ISessionRatingsSource
    {
        public Task<IReadOnlyList<SessionRatingFacts>> ActivitiesAsync(
            IReadOnlySet<string> hubIds,
            CancellationToken cancellationToken
        ) => Task.FromResult(activities);
    }
}

using Hubs.Insights.Disclosure;
using Hubs.Insights.Features.GroupSupport;
using Hubs.Insights.Features.Tables;
using Hubs.Insights.Tests.Disclosure;

namespace Hubs.Insights.Tests.GroupSupport;

/// <summary>
/// The reflective groups table over a hand-worked cohort, noise off (<see cref="NoNoise"/>) so each cell can be worked
/// by hand: 0 stays 0, 1–7 is *, anything else rounds to the nearest 5; a rate on a base of 1–7 meetings, or with a
/// numerator of 1–7, is *; a column whose total is * hides its 0s too.
/// </summary>
public class ReflectiveGroupsTableTests
{
    private static readonly RecordKeys Keys = new(new byte[32]);
    private static int next;

    private static IEnumerable<GroupMeetingFacts> Meetings(
        int count,
        string kind,
        bool held = true,
        int attended = 0,
        (int Ratings, int Useful, int Safe) rated = default,
        string hub = "hub-a",
        string month = "2026-01"
    ) =>
        Enumerable
            .Range(0, count)
            .Select(_ => new GroupMeetingFacts(
                $"m{Interlocked.Increment(ref next)}",
                hub,
                month,
                kind,
                "health",
                held,
                attended,
                rated.Ratings,
                rated.Useful,
                rated.Safe
            ));

    private static List<Keyed<GroupMeetingFacts>> Keyed(IEnumerable<GroupMeetingFacts> meetings) =>
        [.. meetings.Select(m => new Keyed<GroupMeetingFacts>(m, Keys.Of("group-meeting:" + m.Key)))];

    [Fact]
    public void Meetings_attendances_and_ratings_by_kind_worked_by_hand()
    {
        // Clinical cafés: 12 held with 5 each (60), each rated by 4 (48 ratings: 36 useful, 48 safe); 3 cancelled.
        // Intervision groups: 2 held with 4 each (8), each rated by 3 (6 ratings: 6 useful, 2 safe); none cancelled.
        var cohort = Meetings(12, "clinical-cafe", attended: 5, rated: (4, 3, 4))
            .Concat(Meetings(3, "clinical-cafe", held: false))
            .Concat(Meetings(2, "intervision-group", attended: 4, rated: (3, 3, 1)));

        var table = ReflectiveGroupsTable.Publish(Keyed(cohort), NoNoise.Options);

        Assert.Equal(["intervision-group", "clinical-cafe", "Total"], table.Rows.Select(r => r.Label));
        Assert.Equal(
            ["held", "cancelled", "attendances", "ratings", "found-useful", "felt-safe"],
            table.Columns.Select(c => c.Key)
        );
        // 12 held → 10, 3 cancelled *, 60 attendances, 48 ratings → 50, 36 of 48 useful 75.0%, 48 of 48 safe.
        Assert.Equal(["10", "*", "60", "50", "75.0%", "100.0%"], HandWorked.Row(table, "clinical-cafe"));
        // 2 held *, its 0 cancelled hides under the hidden total (3), 8 attendances → 10, 6 ratings *, rates on a
        // base of 2 meetings *.
        Assert.Equal(["*", "*", "10", "*", "*", "*"], HandWorked.Row(table, "intervision-group"));
        // Total: 14 held → 15, 3 cancelled *, 68 → 70, 54 ratings → 55, 42 of 54 useful 77.8%, 50 of 54 safe
        // 92.6%.
        Assert.Equal(["15", "*", "70", "55", "77.8%", "92.6%"], HandWorked.Row(table, "Total"));
    }

    [Fact]
    public async Task The_catalogue_table_takes_the_quarters_months_and_the_callers_Hub_only()
    {
        var source = new Cohort([
            .. Meetings(9, "clinical-cafe", attended: 3),
            .. Meetings(5, "clinical-cafe", attended: 3, hub: "hub-b"),
            .. Meetings(5, "clinical-cafe", attended: 3, month: "2025-12"),
        ]);
        var request = new TableRequest(TableCatalogue.ReflectiveGroups, "hub-a", Period.Parse("2026-Q1")!);
        var hubs = new HashSet<string> { "hub-a" };

        var publisher = new ReflectiveGroupsTable(source);

        var table = await publisher.PublishAsync(new TableScope(request, hubs, Keys, NoNoise.Options), default);

        // 9 meetings → 10, 27 attendances → 25; the other Hub's and December's are left out.
        Assert.Equal("10", table!.Cell("clinical-cafe", "held").Display);
        Assert.Equal("25", table.Cell("clinical-cafe", "attendances").Display);
        Assert.Equal([TableCatalogue.ReflectiveGroups, TableCatalogue.ReflectiveGroupsBySector], publisher.Tables);
    }

    private sealed class Cohort(IReadOnlyList<GroupMeetingFacts> meetings) : IGroupSupportSource
    {
        public Task<IReadOnlyList<GroupMeetingFacts>> MeetingsAsync(
            IReadOnlySet<string> hubIds,
            CancellationToken cancellationToken
        ) => Task.FromResult(meetings);
    }
}

using Hubs.Insights.Disclosure;
using Hubs.Insights.Features.Pathways;
using Hubs.Insights.Features.Tables;
using Hubs.Insights.Metrics;
using Hubs.Insights.Tests.Disclosure;
using static Hubs.Insights.Tests.Disclosure.HandWorked;

namespace Hubs.Insights.Tests.Pathways;

/// <summary>
/// Issue 20's allocation and out-of-hours tables over hand-worked cohorts, noise off (<see cref="NoNoise"/>): 0 stays
/// 0, 1–7 is *, anything else rounds to the nearest 5; a rate on 1–7 people or of a 1–7 numerator is *.
/// </summary>
public class PathwayTablesTests
{
    private static int next;

    private static IEnumerable<AllocationFacts> Allocated(int count, string wishes, string? ethnicity) =>
        Enumerable
            .Range(0, count)
            .Select(_ =>
            {
                var key = $"j{Interlocked.Increment(ref next)}";
                var referral = new JourneyFacts(key, "hub-a", "2026-01")
                {
                    Equity = new EquityGroups(EthnicityGroup: ethnicity),
                };
                return new AllocationFacts(key, "hub-a", "2026-01", wishes, referral);
            });

    private static IEnumerable<ScheduledFacts> Booked(int count, string month, bool outOfHours, string? outcome) =>
        Enumerable
            .Range(0, count)
            .Select(_ => new ScheduledFacts(
                $"j{Interlocked.Increment(ref next)}:1",
                "hub-a",
                month,
                "treatment",
                outOfHours,
                outcome
            ));

    [Fact]
    public void Allocations_that_met_the_ticked_wishes_by_ethnic_group_worked_by_hand()
    {
        // White: 9 met, 1 partly met, 2 who ticked nothing. Black: 4 met, 6 not met.
        var cohort = Allocated(9, "met", "white")
            .Concat(Allocated(1, "partly-met", "white"))
            .Concat(Allocated(2, "none-stated", "white"))
            .Concat(Allocated(4, "met", "black"))
            .Concat(Allocated(6, "not-met", "black"));

        var table = AllocationWishesTable.Publish(Keyed(cohort, a => a.JourneyKey), "ethnicity-group", NoNoise.Options);

        Assert.Equal(
            ["asian", "black", "mixed", "white", "other", "Not stated", "Overall"],
            table.Rows.Select(r => r.Label)
        );
        Assert.Equal(
            ["allocations", "wishes-stated", "met", "partly-met", "not-met", "met-share"],
            table.Columns.Select(c => c.Key)
        );
        // White: 12 → 10, 10 → 10, 9 → 10, 1 → *, 0 under the not-met total's * → *, 9 of 10 → 90.0%.
        Assert.Equal(["10", "10", "10", "*", "*", "90.0%"], Row(table, "white"));
        // Black: 10, 10, 4 → *, 0 under the partly-met total's * → *, 6 → *, a rate of 4 people met → *.
        Assert.Equal(["10", "10", "*", "*", "*", "*"], Row(table, "black"));
        // Overall: 22 → 20, 20 → 20, 13 → 15, 1 → *, 6 → *, 13 of 20 → 65.0%.
        Assert.Equal(["20", "20", "15", "*", "*", "65.0%"], Row(table, "Overall"));
        Assert.Equal("0", table.Cell("asian", "allocations").Display);
    }

    [Fact]
    public void Out_of_hours_appointments_and_their_uptake_by_month_worked_by_hand()
    {
        // January: 10 out of hours (8 attended, 2 not), 10 in hours (no outcome yet). March: 5 in hours, attended.
        var cohort = Booked(8, "2026-01", true, "attended")
            .Concat(Booked(2, "2026-01", true, "did-not-attend"))
            .Concat(Booked(10, "2026-01", false, null))
            .Concat(Booked(5, "2026-03", false, "attended"));

        var table = OutOfHoursTable.Table.Publish(Keyed(cohort, a => a.Key), Period.Parse("2026-Q1")!, NoNoise.Options);

        Assert.Equal(["2026-01", "2026-02", "2026-03", "2026-Q1"], table.Rows.Select(r => r.Label));
        Assert.Equal(
            ["appointments", "out-of-hours", "out-of-hours-share", "out-of-hours-attended", "in-hours-attended"],
            table.Columns.Select(c => c.Key)
        );
        // January: 20, 10, 10 of 20 → 50.0%, 8 of the 10 with an outcome attended → 80.0%, none in hours with one.
        Assert.Equal(["20", "10", "50.0%", "80.0%", "no data"], Row(table, "2026-01"));
        Assert.Equal(["0", "0", "no data", "no data", "no data"], Row(table, "2026-02"));
        // March: 5 → *, 0 out of hours, a share of 5 appointments → *, none out of hours, 5 people → *.
        Assert.Equal(["*", "0", "*", "no data", "*"], Row(table, "2026-03"));
        // The quarter: 25, 10, 10 of 25 → 40.0%, 80.0%, 5 attended of 5 in hours with an outcome → *.
        Assert.Equal(["25", "10", "40.0%", "80.0%", "*"], Row(table, "2026-Q1"));
    }

    [Fact]
    public async Task The_catalogue_tables_take_the_periods_months_and_the_callers_Hub_only()
    {
        var source = new Cohort(
            [
                .. Allocated(9, "met", "white"),
                new AllocationFacts("x", "hub-b", "2026-01", "met", new("x", "hub-b", "2026-01")),
            ],
            [.. Booked(9, "2026-01", true, null), .. Booked(3, "2025-12", true, null)]
        );
        var hubs = new HashSet<string> { "hub-a" };

        var publisher = new PathwayTables(source);

        var wishes = await publisher.PublishAsync(
            new TableScope(
                new TableRequest(TableCatalogue.AllocationWishes, "hub-a", Period.Parse("2026-01")!, "ethnicity-group"),
                hubs,
                Keys,
                NoNoise.Options
            ),
            CancellationToken.None
        );
        var hours = await publisher.PublishAsync(
            new TableScope(
                new TableRequest(TableCatalogue.OutOfHours, "hub-a", Period.Parse("2026-01")!),
                hubs,
                Keys,
                NoNoise.Options
            ),
            CancellationToken.None
        );

        Assert.Equal("10", wishes.Cell("Overall", "allocations").Display);
        Assert.Equal("10", hours.Cell("2026-01", "out-of-hours").Display);
        Assert.Equal([TableCatalogue.AllocationWishes, TableCatalogue.OutOfHours], publisher.Tables);
    }

    private sealed class Cohort(IReadOnlyList<AllocationFacts> allocations, IReadOnlyList<ScheduledFacts> booked)
        : IPathwaySource
    {
        public Task<IReadOnlyList<AllocationFacts>> AllocationsAsync(
            IReadOnlySet<string> hubIds,
            CancellationToken cancellationToken
        ) => Task.FromResult(allocations);

        public Task<IReadOnlyList<ScheduledFacts>> AppointmentsAsync(
            IReadOnlySet<string> hubIds,
            CancellationToken cancellationToken
        ) => Task.FromResult(booked);
    }
}

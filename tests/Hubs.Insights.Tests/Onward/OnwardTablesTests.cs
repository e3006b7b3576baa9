using Hubs.Insights.Disclosure;
using Hubs.Insights.Features.Onward;
using Hubs.Insights.Features.Tables;
using Hubs.Insights.Tests.Disclosure;

namespace Hubs.Insights.Tests.Onward;

/// <summary>
/// The onward tables over hand-worked cohorts, noise off (<see cref="NoNoise"/>) so every cell can be worked by hand:
/// 0 stays 0, 1–7 is *, anything else is rounded to the nearest 5; a column whose total is * hides its 0s too.
/// </summary>
public class OnwardTablesTests
{
    private static readonly RecordKeys Keys = new(new byte[32]);
    private static int next;

    private static IEnumerable<OnwardReferralFacts> Sent(int count, string kind, string to, string? outcome = null) =>
        Enumerable
            .Range(0, count)
            .Select(_ => new OnwardReferralFacts(
                $"j{Interlocked.Increment(ref next)}:1",
                "hub-a",
                "2026-01",
                kind,
                to,
                outcome
            ));

    private static List<Keyed<T>> Keyed<T>(IEnumerable<T> records, Func<T, string> key) =>
        [.. records.Select(r => new Keyed<T>(r, Keys.Of(key(r))))];

    [Fact]
    public void Referrals_by_destination_kind_and_outcome_worked_by_hand()
    {
        // Specialist trauma: 20 referrals, 11 accepted, 3 declined, 4 still waiting, 2 without an outcome yet.
        // GP: 9 signposted. Charity or helpline: 2 referrals, both accepted.
        var cohort = Sent(11, "referral", "specialist-trauma", "accepted")
            .Concat(Sent(3, "referral", "specialist-trauma", "declined"))
            .Concat(Sent(4, "referral", "specialist-trauma", "still-waiting"))
            .Concat(Sent(2, "referral", "specialist-trauma"))
            .Concat(Sent(9, "signpost", "gp"))
            .Concat(Sent(2, "referral", "charity-or-helpline", "accepted"));

        var table = OnwardReferralsTable.Publish(Keyed(cohort, r => r.Key), NoNoise.Options);

        Assert.Equal(
            [
                "gp",
                "talking-therapies",
                "community-mental-health",
                "specialist-trauma",
                "occupational-health",
                "employee-assistance",
                "charity-or-helpline",
                "other",
                "Total",
            ],
            table.Rows.Select(r => r.Label)
        );
        Assert.Equal(["0", "20", "10", "*", "*", "0"], HandWorked.Row(table, "specialist-trauma"));
        // GP: 9 signposts round to 10; its 0 declined and 0 waiting hide under the hidden (3 and 6) totals.
        Assert.Equal(["10", "0", "0", "*", "*", "0"], HandWorked.Row(table, "gp"));
        Assert.Equal(
            ["0", "*", "*"],
            table.Rows.Single(r => r.Label == "charity-or-helpline").Cells.Take(3).Select(c => c.Display)
        );
        // Total: 9 signposted → 10, 22 referred → 20, 13 accepted → 15, 3 declined *, 6 waiting *, 0 not known.
        Assert.Equal(["10", "20", "15", "*", "*", "0"], HandWorked.Row(table, "Total"));
    }

    [Fact]
    public void Steps_of_care_by_the_intervention_changed_from_worked_by_hand()
    {
        // From guided self-help: 12 up (to CBT), 1 across (to group). From CBT: 10 across (to EMDR), 4 down.
        var steps = Steps(12, "guided-self-help", "cbt", "up")
            .Concat(Steps(1, "guided-self-help", "group", "across"))
            .Concat(Steps(10, "cbt", "emdr", "across"))
            .Concat(Steps(4, "cbt", "guided-self-help", "down"));

        var table = CareStepsTable.Publish(Keyed(steps, s => s.Key), NoNoise.Options);

        Assert.Equal(["up", "down", "across"], table.Columns.Select(c => c.Key));
        Assert.Equal(["10", "*", "*"], HandWorked.Row(table, "guided-self-help"));
        Assert.Equal(["0", "*", "10"], HandWorked.Row(table, "cbt"));
        // Total: 12 up → 10, 4 down *, 11 across → 10; the down column's 0s hide under its *.
        Assert.Equal(["10", "*", "10"], HandWorked.Row(table, "Total"));
        Assert.Equal(["0", "*", "0"], HandWorked.Row(table, "emdr"));
    }

    [Fact]
    public async Task The_catalogue_table_takes_the_periods_months_and_the_callers_Hub_only()
    {
        var source = new Cohort([
            .. Sent(9, "signpost", "gp"),
            new OnwardReferralFacts("x:1", "hub-b", "2026-01", "signpost", "gp", null),
            new OnwardReferralFacts("y:1", "hub-a", "2025-12", "signpost", "gp", null),
        ]);
        var request = new TableRequest(TableCatalogue.OnwardReferrals, "hub-a", Period.Parse("2026-01")!);

        var publisher = new OnwardTables(source);

        var table = await publisher.PublishAsync(
            new TableScope(request, new HashSet<string> { "hub-a" }, Keys, NoNoise.Options),
            CancellationToken.None
        );

        Assert.Equal("10", table.Cell("gp", "signposted").Display);
        Assert.Equal([TableCatalogue.OnwardReferrals, TableCatalogue.CareSteps], publisher.Tables);
    }

    private static IEnumerable<CareStepFacts> Steps(int count, string from, string to, string direction) =>
        Enumerable
            .Range(0, count)
            .Select(_ => new CareStepFacts(
                $"s{Interlocked.Increment(ref next)}:9",
                "hub-a",
                "2026-01",
                from,
                to,
                direction
            ));

    private sealed class Cohort(IReadOnlyList<OnwardReferralFacts> sent) : IOnwardSource
    {
        public Task<IReadOnlyList<OnwardReferralFacts>> ReferralsAsync(
            IReadOnlySet<string> hubIds,
            CancellationToken cancellationToken
        ) => Task.FromResult(sent);

        public Task<IReadOnlyList<CareStepFacts>> StepsAsync(
            IReadOnlySet<string> hubIds,
            CancellationToken cancellationToken
        ) => Task.FromResult<IReadOnlyList<CareStepFacts>>([]);
    }
}

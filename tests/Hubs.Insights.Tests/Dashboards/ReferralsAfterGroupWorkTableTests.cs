using Hubs.Insights.Disclosure;
using Hubs.Insights.Features.Tables;
using Hubs.Insights.Tests.Disclosure;

namespace Hubs.Insights.Tests.Dashboards;

/// <summary>
/// The share of self-referrals that followed a Hub talk, outreach visit or group session, by sector, over a
/// hand-worked cohort with noise off (<see cref="NoNoise"/>): the share's base is the referrals that said how they
/// heard; counts of 1–7 and shares on such a base are *, and a column whose total is * hides its 0s.
/// </summary>
public class ReferralsAfterGroupWorkTableTests
{
    private static readonly RecordKeys Keys = new(new byte[32]);
    private static int next;

    private static IEnumerable<ReferralSourceFacts> Referred(int count, string sector, string heardFrom) =>
        Enumerable
            .Range(0, count)
            .Select(_ => new ReferralSourceFacts(
                $"j{Interlocked.Increment(ref next)}",
                "hub-a",
                "2026-01",
                sector,
                heardFrom,
                "online"
            ));

    [Fact]
    public void Referrals_after_group_or_outreach_work_by_sector_worked_by_hand()
    {
        // Health: 20 referrals, 6 after a Hub talk or visit, 4 after a group session, 8 from a colleague, 2 not
        // saying. Police: 3, all after a group session.
        var cohort = Referred(6, "health", "hub-outreach")
            .Concat(Referred(4, "health", "group-session"))
            .Concat(Referred(8, "health", "colleague"))
            .Concat(Referred(2, "health", "not-given"))
            .Concat(Referred(3, "police", "group-session"));

        var table = ReferralsAfterGroupWorkTable.Publish(
            [.. cohort.Select(r => new Keyed<ReferralSourceFacts>(r, Keys.Of(r.JourneyKey)))],
            NoNoise.Options
        );

        Assert.Equal(
            ["referrals", "after-outreach", "after-group", "after-group-work-share"],
            table.Columns.Select(c => c.Key)
        );
        // 20, 6 *, 4 *, 10 of the 18 who said how they heard: 55.6%.
        Assert.Equal(["20", "*", "*", "55.6%"], HandWorked.Row(table, "health"));
        // 3 *, no talk or visit (hidden under its column's * total of 6), 3 *, a share on a base of 3 *.
        Assert.Equal(["*", "*", "*", "*"], HandWorked.Row(table, "police"));
        // 23 → 25, 6 *, 7 *, 13 of 21: 61.9%.
        Assert.Equal(["25", "*", "*", "61.9%"], HandWorked.Row(table, "Total"));
    }
}

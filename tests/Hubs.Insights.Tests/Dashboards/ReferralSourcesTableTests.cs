using Hubs.Insights.Disclosure;
using Hubs.Insights.Features.Tables;
using Hubs.Insights.Tests.Disclosure;

namespace Hubs.Insights.Tests.Dashboards;

/// <summary>
/// Where referrals come from, over a hand-worked cohort of one Hub and month (44 referrals): 12 heard from a
/// colleague (health; 3 of them taken by phone), 3 from their manager (police), 20 from their GP (care home) and 9
/// who did not say (fire); nobody from occupational health.
/// </summary>
public class ReferralSourcesTableTests
{
    private static readonly RecordKeys Keys = new(new byte[32]);

    private static readonly List<Keyed<ReferralSourceFacts>> Cohort =
    [
        .. Many(9, "colleague", "health", "online"),
        .. Many(3, "colleague", "health", "phone"),
        .. Many(3, "manager", "police", "online"),
        .. Many(20, "gp", "care-home", "online"),
        .. Many(9, "not-given", "fire", "online"),
    ];

    [Fact]
    public void Without_noise_each_cell_is_suppressed_below_8_and_rounded_to_5()
    {
        var table = ReferralSourcesTable.Publish(Cohort, NoNoise.Options);

        Assert.Equal(
            [
                "colleague",
                "manager",
                "occupational-health",
                "hub-outreach",
                "group-session",
                "gp",
                "online",
                "other",
                "not-given",
                "Total",
            ],
            table.Rows.Select(r => r.Label)
        );
        Assert.Equal("10", table.Cell("colleague", "health").Display); // 12
        Assert.Equal("10", table.Cell("colleague", "referrals").Display); // 12
        Assert.Equal("*", table.Cell("colleague", "by-phone").Display); // 3
        Assert.Equal("*", table.Cell("manager", "police").Display); // 3
        Assert.Equal("*", table.Cell("manager", "referrals").Display); // 3
        Assert.Equal("20", table.Cell("gp", "care-home").Display); // 20
        Assert.Equal("10", table.Cell("not-given", "fire").Display); // 9
        Assert.Equal("45", table.Cell("Total", "referrals").Display); // 44
        Assert.Equal("0", table.Cell("occupational-health", "referrals").Display);
        Assert.Equal("0", table.Cell("Total", "social-care").Display);
        // The police and by-phone totals are withheld (3 each), so their 0s are too: "0, 0, *" would say who.
        Assert.Equal("*", table.Cell("Total", "police").Display);
        Assert.Equal("*", table.Cell("gp", "police").Display);
        Assert.Equal("*", table.Cell("gp", "by-phone").Display);
    }

    [Fact]
    public void With_the_cell_key_noise_every_count_stays_within_its_rounding()
    {
        var table = ReferralSourcesTable.Publish(Cohort);

        Assert.Contains(table.Cell("colleague", "health").Display, new[] { "10", "15" });
        Assert.Contains(table.Cell("gp", "care-home").Display, new[] { "20" });
        Assert.Contains(table.Cell("Total", "referrals").Display, new[] { "40", "45" });
        Assert.Equal("*", table.Cell("manager", "referrals").Display);
        Assert.Equal("*", table.Cell("Total", "by-phone").Display);
        DisclosureChecks.AssertSafe(table);
    }

    private static IEnumerable<Keyed<ReferralSourceFacts>> Many(
        int count,
        string heardFrom,
        string sector,
        string channel
    ) =>
        Enumerable
            .Range(0, count)
            .Select(_ => new ReferralSourceFacts(
                Guid.NewGuid().ToString("N"),
                "hub-a",
                "2026-03",
                sector,
                heardFrom,
                channel
            ))
            .Select(f => new Keyed<ReferralSourceFacts>(f, Keys.Of(f.JourneyKey)));
}

using Hubs.Web.Features.Privacy;

namespace Hubs.Web.Tests.Privacy;

/// <summary>
/// src/DOMAIN-RULES.md: records are destroyed 20 years after care ends, per keyworker (one key covers all their
/// journeys).
/// </summary>
public class RetentionRuleTests
{
    private static readonly DateTimeOffset Now = new(2046, 6, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly Guid Keyworker = Guid.NewGuid();

    private static IReadOnlyList<Guid> Due(params DateTimeOffset?[] endings) =>
        RetentionRule.KeyworkersDue(
            endings.Select(e => new JourneyCare(Keyworker, e)),
            Now,
            RetentionRule.DefaultYears
        );

    [Fact]
    public void Care_that_ended_exactly_twenty_years_ago_is_due_a_day_later_is_not()
    {
        Assert.Equal([Keyworker], Due(Now.AddYears(-20)));
        Assert.Empty(Due(Now.AddYears(-20).AddDays(1)));
    }

    [Fact]
    public void A_journey_still_open_keeps_the_key_however_old_the_others()
    {
        Assert.Empty(Due(Now.AddYears(-30), null));
        Assert.Empty(Due((DateTimeOffset?)null));
    }

    [Fact]
    public void The_latest_ending_counts_so_a_recent_re_referral_keeps_the_key() =>
        Assert.Empty(Due(Now.AddYears(-25), Now.AddYears(-10)));

    [Fact]
    public void Keyworkers_are_judged_apart_and_the_period_is_configurable()
    {
        var other = Guid.NewGuid();
        var journeys = new[] { new JourneyCare(Keyworker, Now.AddYears(-6)), new JourneyCare(other, Now.AddYears(-4)) };
        Assert.Equal([Keyworker], RetentionRule.KeyworkersDue(journeys, Now, yearsAfterCareEnds: 5));
        Assert.Empty(RetentionRule.KeyworkersDue(journeys, Now, RetentionRule.DefaultYears));
    }
}

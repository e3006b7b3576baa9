using Hubs.Insights.Disclosure;
using Hubs.Insights.Features.Tables;
using Hubs.Insights.Metrics;
using Hubs.Insights.Tests.Dashboards;

namespace Hubs.Insights.Tests.Metrics;

/// <summary>
/// Open waits over hand-worked journeys: who is still waiting at the end of a month, for what, and for how long.
/// </summary>
public class OpenWaitsTests
{
    // ISO week 2026-W02 begins on Monday 5 January 2026; 2025-W40 on Monday 29 September 2025.
    private static readonly JourneyFacts Untriaged = new("untriaged", "north", "2026-01") { Months = new("2026-W02") };

    private static readonly JourneyFacts Treated = new("treated", "north", "2026-01")
    {
        TriageOutcome = "assess",
        Months = new("2026-W02", Triaged: "2026-02", Assessed: "2026-03", FirstTreatment: "2026-05"),
    };

    private static readonly JourneyFacts Signposted = new("signposted", "north", "2026-01")
    {
        TriageOutcome = "signpost-elsewhere",
        Months = new("2026-W02", Triaged: "2026-01"),
    };

    private static readonly JourneyFacts Withdrew = new("withdrew", "north", "2026-01")
    {
        Months = new("2026-W02", Ended: "2026-02"),
    };

    private static readonly JourneyFacts LongAgo = new("long-ago", "north", "2025-09") { Months = new("2025-W40") };

    [Theory]
    [InlineData("untriaged", "2025-12", null, null)]
    [InlineData("untriaged", "2026-01", "triage", 3)]
    [InlineData("untriaged", "2026-03", "triage", 12)]
    [InlineData("treated", "2026-01", "triage", 3)]
    [InlineData("treated", "2026-02", "assessment", 7)]
    [InlineData("treated", "2026-04", "treatment", 16)]
    [InlineData("treated", "2026-05", null, null)]
    [InlineData("signposted", "2026-01", null, null)]
    [InlineData("withdrew", "2026-01", "triage", 3)]
    [InlineData("withdrew", "2026-02", null, null)]
    [InlineData("long-ago", "2026-02", "triage", 21)]
    public void A_journey_waits_for_the_next_step_until_it_is_reached_or_ended(
        string key,
        string month,
        string? stage,
        int? weeks
    )
    {
        var journey = new[] { Untriaged, Treated, Signposted, Withdrew, LongAgo }.Single(j => j.JourneyKey == key);

        Assert.Equal(stage is null ? null : new OpenWait(stage, weeks), OpenWaits.At(journey, month));
    }

    [Fact]
    public async Task The_table_shows_every_month_every_step_and_the_6_and_18_week_marks()
    {
        var keys = new RecordKeys(new byte[32]);
        var journeys = Enumerable
            .Range(0, 30)
            .Select(i => LongAgo with { JourneyKey = $"l{i}" })
            .Concat(Enumerable.Range(0, 20).Select(i => Treated with { JourneyKey = $"t{i}" }));

        var table = await JourneyTableOf.PublishAsync(journeys, keys, TableCatalogue.OpenWaits, "2026-Q1");

        Assert.Equal(["2026-01", "2026-02", "2026-03"], table.Rows.Select(r => r.Label));
        Assert.Equal(12, table.Columns.Count);
        Assert.Contains(table.Cell("2026-02", "waiting-triage").Display, new[] { "30" });
        Assert.Contains(table.Cell("2026-02", "waiting-triage-18-weeks").Display, new[] { "30" });
        Assert.Contains(table.Cell("2026-02", "waiting-assessment").Display, new[] { "20" });
        Assert.Contains(table.Cell("2026-02", "waiting-assessment-6-weeks").Display, new[] { "20" });
        Assert.Equal("0", table.Cell("2026-02", "waiting-assessment-18-weeks").Display);
        Assert.Contains(table.Cell("2026-03", "waiting-treatment-6-weeks").Display, new[] { "20" });
        Assert.Equal("0", table.Cell("2026-01", "waiting-treatment").Display);
    }
}

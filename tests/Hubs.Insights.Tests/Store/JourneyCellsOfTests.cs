using Hubs.Insights.Features.Tables;
using Hubs.Insights.Metrics;

namespace Hubs.Insights.Tests.Store;

/// <summary>
/// One journey's cells worked out by hand: the months it waited at the end of, stepped through a year's end, and
/// each row's sums its own (a refill sums millions of journeys through one scratch row, emptied for each).
/// </summary>
public class JourneyCellsOfTests
{
    private const int Key = 12345;

    // Referred in November 2025 (ISO week 2025-W46), triaged in February 2026, signposted elsewhere.
    private static readonly JourneyFacts Waited = new("waited", "north", "2025-11")
    {
        Equity = new EquityGroups("white", "female", "35-44", "no"),
        TriageOutcome = "signpost-elsewhere",
        Months = new("2025-W46", Triaged: "2026-02"),
    };

    [Fact]
    public void A_journey_waits_at_the_end_of_each_month_up_to_its_triage_across_the_years_end()
    {
        var waits = JourneyCells
            .Of(Waited, Key)
            .Where(c => c.Family == CellFamilies.OpenWaits && c.Part == "waiting-triage:c")
            .Select(c => $"{c.Month} {c.Amount} {c.Keys}");

        Assert.Equal(["2025-11 1 12345", "2025-12 1 12345", "2026-01 1 12345"], waits);
    }

    [Fact]
    public void Each_row_counts_the_journey_once()
    {
        var cells = JourneyCells.Of(Waited, Key);

        var referred = cells.Where(c => c.Part == "referrals:c").Select(c => $"{c.Family} {c.Group} {c.Amount}");
        Assert.Equal(
            [
                "journeys  1",
                "equity:ethnicity-group white 1",
                "equity:sex female 1",
                "equity:age-band 35-44 1",
                "equity:disability no 1",
                "equity:staff-group Not stated 1",
                "equity:sector Not stated 1",
            ],
            referred
        );
        Assert.All(cells, c => Assert.Equal(Key, c.Keys));
    }
}

using Hubs.Insights.Disclosure;
using Hubs.Insights.Features.Tables;
using Hubs.Insights.Metrics;
using Hubs.Insights.Tests.Disclosure;

namespace Hubs.Insights.Tests.Dashboards;

/// <summary>
/// Outcome by measure over a hand-worked cohort (src/DOMAIN-RULES.md, "Outcome by measure"), with the cell-key noise
/// switched off so every cell can be worked by hand: counts of 1–7 show as *, others round to the nearest 5, a rate
/// on 1–7 people or with a numerator of 1–7 shows as *.
/// </summary>
public class MeasureOutcomesTableTests
{
    private static readonly RecordKeys Keys = new(new byte[32]);
    private static int next;

    /// <summary>A course finished in July 2026 (two treatment sessions attended, discharged as completed).</summary>
    private static JourneyFacts Finished(string measure, MeasurePair pair) =>
        new($"j{Interlocked.Increment(ref next)}", "hub-a", "2026-07")
        {
            AttendedTreatmentAppointments = 2,
            DischargeReason = DischargeReason.Completed,
            Measures = new Dictionary<string, MeasurePair> { [measure] = pair },
        };

    private static IEnumerable<JourneyFacts> Many(int count, string measure, MeasurePair pair) =>
        Enumerable.Range(0, count).Select(_ => Finished(measure, pair));

    private static MeasurePair Pair(bool first, bool last) => new("first", first, "last", last);

    [Fact]
    public async Task Each_measure_publishes_its_finished_pairs_caseness_at_the_first_result_and_recovery()
    {
        var facts = new List<JourneyFacts>();
        // PCL-5: 20 finished with a first and last result; 16 probable PTSD at first, 12 of them not at the last.
        // paired 20 -> "20"; caseness 16/20 = 80.0%; recovery 12/16 = 75.0%.
        facts.AddRange(Many(12, "pcl5", Pair(true, false)));
        facts.AddRange(Many(4, "pcl5", Pair(true, true)));
        facts.AddRange(Many(4, "pcl5", Pair(false, false)));
        // Left out: 3 finished with one PCL-5 only (no last), 5 paired but still open (not a finished course).
        facts.AddRange(Many(3, "pcl5", new MeasurePair("probable-ptsd", true, null, null)));
        facts.AddRange(Many(5, "pcl5", Pair(true, false)).Select(f => f with { DischargeReason = null }));
        // ITQ: 10 paired, 9 PTSD or complex PTSD at first, 3 recovered. paired "10"; caseness 9/10 = 90.0%;
        // recovery 3/9: a numerator of 3 is 1-7, so "*" (the suppressed cell).
        facts.AddRange(Many(3, "itq", Pair(true, false)));
        facts.AddRange(Many(6, "itq", Pair(true, true)));
        facts.AddRange(Many(1, "itq", Pair(false, false)));
        // AUDIT: 12 paired, all at increasing risk or above at first, 10 not at the last.
        // paired 12 rounds to "10"; caseness 12/12 = 100.0%; recovery 10/12 = 83.3%.
        facts.AddRange(Many(10, "audit", Pair(true, false)));
        facts.AddRange(Many(2, "audit", Pair(true, true)));
        // ISI: 5 paired: "*", and both rates rest on 5 people: "*".
        facts.AddRange(Many(5, "isi", Pair(true, false)));
        // WSAS: 25 paired, 15 at caseness, all 15 recovered. "25"; 15/25 = 60.0%; 15/15 = 100.0%.
        facts.AddRange(Many(15, "wsas", Pair(true, false)));
        facts.AddRange(Many(10, "wsas", Pair(false, false)));
        // AUDIT-C: nobody; "0" and no data.

        var table = await JourneyTableOf.PublishAsync(
            facts,
            Keys,
            TableCatalogue.MeasureOutcomes,
            "2026-07",
            options: NoNoise.Options
        );

        Assert.Equal(["pcl5", "itq", "audit-c", "audit", "isi", "wsas"], table.Rows.Select(r => r.Label));
        Assert.Equal(["20", "80.0%", "75.0%"], HandWorked.Row(table, "pcl5"));
        Assert.Equal(["10", "90.0%", "*"], HandWorked.Row(table, "itq"));
        Assert.Equal(["0", "no data", "no data"], HandWorked.Row(table, "audit-c"));
        Assert.Equal(["10", "100.0%", "83.3%"], HandWorked.Row(table, "audit"));
        Assert.Equal(["*", "*", "*"], HandWorked.Row(table, "isi"));
        Assert.Equal(["25", "60.0%", "100.0%"], HandWorked.Row(table, "wsas"));
        Assert.Equal(CellStatus.Suppressed, table.Cell("itq", "recovery").Status);
        Assert.Null(table.Cell("itq", "recovery").Value);
    }
}

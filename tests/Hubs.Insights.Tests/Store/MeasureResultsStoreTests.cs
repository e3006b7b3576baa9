using Hubs.Contracts.Journeys;
using Hubs.Insights.Metrics;
using Hubs.Insights.Store;
using Hubs.Insights.Tests.Consumers;
using Hubs.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Hubs.Insights.Tests.Store;

/// <summary>
/// Every measure's result through the broker into <c>insights.measure_results</c> and back out as facts:
/// clinician-given PHQ-9 and GAD-7 take part in first and last scores (src/DOMAIN-RULES.md, "Outcomes"), other measures
/// load as first and last bands with caseness, and a redelivered result changes nothing.
/// </summary>
public class MeasureResultsStoreTests(InsightsHostFixture insights) : IClassFixture<InsightsHostFixture>
{
    private static MeasureResultRecorded Result(
        string key,
        long version,
        string measure,
        string occasion,
        string band,
        bool? caseness,
        int? total = null
    ) => new(key, "east", version, "2026-W19", "2026-05", measure, occasion, band, caseness, total);

    [Fact]
    public async Task Clinician_given_scores_and_every_measure_reach_the_facts_once()
    {
        // A: the whole journey (assessment 15/12, sessions 12/10 then 8/6) and, at discharge, a clinician's PHQ-9
        //    of 16 and GAD-7 of 5: the last scores are 16 and 5 (PHQ-9 up 1, GAD-7 down 7: reliably improved, not
        //    recovered). PCL-5 probable PTSD at screening, below the cut-off at discharge: recovered on PCL-5.
        // B: no session scores, but a clinician's PHQ-9 7 and GAD-7 5 at a review: paired, 15 -> 7 and 12 -> 5.
        // C: no session scores; a clinician's PHQ-9/GAD-7 at the assessment is not a last score, and a screening
        //    PHQ-9 of 20 is not a first one: first 15 and 12, no last.
        var a = WholeJourney.Contracts("k-a");
        a.AddRange([
            Result("k-a", 3, "pcl5", "screening", "probable-ptsd", true),
            Result("k-a", 16, "phq9", "discharge", "moderately-severe", true, 16),
            Result("k-a", 17, "gad7", "discharge", "mild", false, 5),
            Result("k-a", 18, "pcl5", "discharge", "below-cut-off", false),
        ]);
        var b = WholeJourney.Contracts("k-b").Where(c => c is not SessionMeasured).ToList();
        b.AddRange([
            Result("k-b", 16, "phq9", "review", "mild", false, 7),
            Result("k-b", 17, "gad7", "review", "mild", false, 5),
        ]);
        var c = WholeJourney.Contracts("k-c").Where(x => x is not SessionMeasured).ToList();
        c.AddRange([
            Result("k-c", 3, "phq9", "screening", "severe", true, 20),
            Result("k-c", 7, "phq9", "assessment", "mild", false, 6),
            Result("k-c", 8, "gad7", "assessment", "mild", false, 5),
        ]);
        var bus = insights.Host.Services.GetRequiredService<IBus>();
        var all = a.Concat(b).Concat(c).ToList();
        var repeated = a[^1];
        foreach (var contract in all)
        {
            await bus.Publish(contract, contract.GetType(), x => x.MessageId = Guid.NewGuid());
        }

        var sameId = Guid.NewGuid();
        await bus.Publish(repeated, repeated.GetType(), x => x.MessageId = sameId);
        await bus.Publish(repeated, repeated.GetType(), x => x.MessageId = sameId);
        await Poll.UntilAsync(
            async () =>
                await insights.Database.CountAsync("SELECT count(*) FROM insights.processed_messages") == all.Count + 1,
            "every milestone applied"
        );

        var facts = (
            await insights
                .Host.Services.GetRequiredService<JourneyFactsStore>()
                .LoadAsync(JourneyFactsFilter.Everything)
        ).ToDictionary(f => f.JourneyKey);

        Assert.Equal(9, await insights.Database.CountAsync("SELECT count(*) FROM insights.measure_results"));
        Assert.Equal((15, 16, 12, 5), Scores(facts["k-a"]));
        var outcome = JourneyOutcome.Classify(facts["k-a"]);
        Assert.Equal((true, false), (outcome.ReliablyImproved, outcome.Recovered));
        Assert.Equal(new MeasurePair("probable-ptsd", true, "below-cut-off", false), facts["k-a"].Measures["pcl5"]);
        Assert.True(facts["k-a"].Measures["pcl5"].Recovered);
        Assert.Equal((15, 7, 12, 5), Scores(facts["k-b"]));
        Assert.True(JourneyOutcome.Classify(facts["k-b"]).Recovered);
        Assert.Equal((15, null, 12, null), Scores(facts["k-c"]));
        Assert.Empty(facts["k-c"].Measures);
    }

    private static (int?, int?, int?, int?) Scores(JourneyFacts f) =>
        (f.FirstPhq9, f.LastPhq9, f.FirstGad7, f.LastGad7);
}

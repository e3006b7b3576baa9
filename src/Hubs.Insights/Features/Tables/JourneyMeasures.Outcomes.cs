using Hubs.Insights.Disclosure;
using Hubs.Insights.Metrics;
using Words = Hubs.Insights.Features.Wording.CommissionerWords.Columns;

namespace Hubs.Insights.Features.Tables;

/// <summary>The outcome rates of finished courses, each of its base (MetricDefinitions.md).</summary>
internal static partial class JourneyMeasures
{
    public static readonly RateOf<JourneyRecord> Caseness = OfPaired("caseness", Words.Caseness, o =>
        o.AtCasenessAtStart
    );
    public static readonly RateOf<JourneyRecord> Recovery = OfRecoveryBase("recovery", Words.Recovery, o =>
        o.Recovered
    );
    public static readonly RateOf<JourneyRecord> ReliableImprovement = OfPaired(
        "reliable-improvement",
        Words.ReliableImprovement,
        o => o.ReliablyImproved
    );
    public static readonly RateOf<JourneyRecord> ReliableDeterioration = OfPaired(
        "reliable-deterioration",
        Words.ReliableDeterioration,
        o => o.ReliablyDeteriorated
    );
    public static readonly RateOf<JourneyRecord> ReliableRecovery = OfRecoveryBase(
        "reliable-recovery",
        Words.ReliableRecovery,
        o => o.ReliablyRecovered
    );

    /// <summary>
    /// Of the courses finished with paired scores, those whose outcome is <paramref name="counted"/>.
    /// </summary>
    private static RateOf<JourneyRecord> OfPaired(string key, string label, Func<JourneyOutcome, bool> counted) =>
        People.Rate<JourneyRecord>(key, label, r => counted(r.Outcome), r => r.Outcome.FinishedWithPairedScores);

    /// <summary>
    /// Of the courses that could recover (paired, at caseness at the start), those <paramref name="counted"/>.
    /// </summary>
    private static RateOf<JourneyRecord> OfRecoveryBase(string key, string label, Func<JourneyOutcome, bool> counted) =>
        People.Rate<JourneyRecord>(key, label, r => counted(r.Outcome), r => r.Outcome.InRecoveryBase);
}

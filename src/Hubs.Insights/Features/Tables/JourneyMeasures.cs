using Hubs.Insights.Disclosure;
using Hubs.Insights.Metrics;
using Words = Hubs.Insights.Features.Wording.CommissionerWords.Columns;

namespace Hubs.Insights.Features.Tables;

/// <summary>
/// The published measures of journeys, each defined once (MetricDefinitions.md), so a figure is computed
/// the same way in every table it appears in.
/// </summary>
internal static partial class JourneyMeasures
{
    public static readonly CountOf<JourneyRecord> Referrals = Counted("referrals", Words.Referrals, _ => true);
    public static readonly CountOf<JourneyRecord> Screened = People.Count<JourneyRecord>(
        "screened",
        Words.Screened,
        r => r.Facts.Screened
    );
    public static readonly CountOf<JourneyRecord> EnteredTreatment = Counted(
        "entered-treatment",
        Words.EnteredTreatment,
        o => o.EnteredTreatment
    );
    public static readonly CountOf<JourneyRecord> FinishedCourse = Counted("finished-course", Words.FinishedCourse, o =>
        o.FinishedCourse
    );
    public static readonly CountOf<JourneyRecord> FinishedWithoutPairs = Counted(
        "finished-no-paired-scores",
        Words.FinishedWithoutPairs,
        o => o.FinishedWithoutPairedScores
    );

    /// <summary>The journeys whose outcome is <paramref name="counted"/>.</summary>
    private static CountOf<JourneyRecord> Counted(string key, string label, Func<JourneyOutcome, bool> counted) =>
        People.Count<JourneyRecord>(key, label, r => counted(r.Outcome));
}

using Hubs.Insights.Disclosure;
using Hubs.Insights.Features.Wording;
using Hubs.Insights.Metrics;

namespace Hubs.Insights.Features.Tables;

/// <summary>
/// Waits to assessment and to first treatment, and the hidden wait from the first to the second treatment
/// appointment, by month of referral: people, median days, share within 6 and 18 weeks.
/// </summary>
public static class WaitsTable
{
    public const string Title = CommissionerWords.Titles.Waits;

    /// <summary>The columns under the default thresholds.</summary>
    internal static IReadOnlyList<Measure<JourneyRecord>> Measures { get; } = Of(MetricThresholds.Default);

    private static Measure<JourneyRecord>[] Of(MetricThresholds t) =>
        [
            .. JourneyMeasures.Wait("assessment", "assessment", f => f.DaysToAssessment, t),
            .. JourneyMeasures.Wait("first-treatment", "first treatment", f => f.DaysToFirstTreatment, t),
            .. JourneyMeasures.Wait(
                "second-treatment",
                "second treatment (from the first)",
                f => f.DaysFirstToSecondTreatment,
                t
            ),
        ];
}

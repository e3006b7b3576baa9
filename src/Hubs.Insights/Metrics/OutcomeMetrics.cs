using Hubs.Insights.Disclosure;

namespace Hubs.Insights.Metrics;

/// <summary>
/// The outcome metrics of a cohort, each as the exact numerator and denominator (a <see cref="Ratio"/> of
/// people). Definitions: MetricDefinitions.md. Publish them only through <see cref="CellRules"/>.
/// </summary>
public static class OutcomeMetrics
{
    /// <summary>Had a first attended treatment appointment, of all referrals.</summary>
    public static Ratio EnteredTreatment(IEnumerable<JourneyOutcome> cohort) =>
        Count(cohort, o => o.EnteredTreatment, _ => true);

    /// <summary>
    /// Ended with at least two attended treatment appointments, of those who ended after entering treatment.
    /// </summary>
    public static Ratio FinishedCourse(IEnumerable<JourneyOutcome> cohort) =>
        Count(cohort, o => o.FinishedCourse, o => o.Ended && o.EnteredTreatment);

    /// <summary>Finished a course without paired PHQ-9 and GAD-7 scores, of all who finished.</summary>
    public static Ratio FinishedWithoutPairedScores(IEnumerable<JourneyOutcome> cohort) =>
        Count(cohort, o => o.FinishedWithoutPairedScores, o => o.FinishedCourse);

    /// <summary>At caseness at the start, of those who finished with paired scores.</summary>
    public static Ratio AtCasenessAtStart(IEnumerable<JourneyOutcome> cohort) =>
        Count(cohort, o => o.AtCasenessAtStart, o => o.FinishedWithPairedScores);

    /// <summary>Recovered, of those who finished with paired scores at caseness at the start.</summary>
    public static Ratio Recovery(IEnumerable<JourneyOutcome> cohort) =>
        Count(cohort, o => o.Recovered, o => o.InRecoveryBase);

    /// <summary>Reliably improved, of those who finished with paired scores.</summary>
    public static Ratio ReliableImprovement(IEnumerable<JourneyOutcome> cohort) =>
        Count(cohort, o => o.ReliablyImproved, o => o.FinishedWithPairedScores);

    /// <summary>Reliably deteriorated, of those who finished with paired scores.</summary>
    public static Ratio ReliableDeterioration(IEnumerable<JourneyOutcome> cohort) =>
        Count(cohort, o => o.ReliablyDeteriorated, o => o.FinishedWithPairedScores);

    /// <summary>Recovered and reliably improved, of recovery's denominator.</summary>
    public static Ratio ReliableRecovery(IEnumerable<JourneyOutcome> cohort) =>
        Count(cohort, o => o.ReliablyRecovered, o => o.InRecoveryBase);

    private static Ratio Count(
        IEnumerable<JourneyOutcome> cohort,
        Func<JourneyOutcome, bool> numerator,
        Func<JourneyOutcome, bool> denominator
    )
    {
        ArgumentNullException.ThrowIfNull(cohort);
        var inBase = cohort.Where(denominator).ToList();
        return Ratio.OfPeople(inBase.Count(numerator), inBase.Count);
    }
}

namespace Hubs.Insights.Metrics;

/// <summary>
/// Where one journey falls in each outcome metric. Every cohort metric counts these flags, so a journey
/// is classified one way everywhere. See MetricDefinitions.md.
/// </summary>
public sealed record JourneyOutcome(
    bool EnteredTreatment,
    bool Ended,
    bool FinishedCourse,
    bool PairedScores,
    bool AtCasenessAtStart,
    bool Recovered,
    bool ReliablyImproved,
    bool ReliablyDeteriorated
)
{
    /// <summary>Finished a course, and so belongs in the outcome metrics, but lacks paired scores.</summary>
    public bool FinishedWithoutPairedScores => FinishedCourse && !PairedScores;

    /// <summary>In the denominator of reliable improvement and deterioration.</summary>
    public bool FinishedWithPairedScores => FinishedCourse && PairedScores;

    /// <summary>In the denominator of recovery and reliable recovery.</summary>
    public bool InRecoveryBase => FinishedWithPairedScores && AtCasenessAtStart;

    public bool ReliablyRecovered => Recovered && ReliablyImproved;

    public static JourneyOutcome Classify(JourneyFacts facts, MetricThresholds? thresholds = null)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var t = thresholds ?? MetricThresholds.Default;
        var entered = facts.AttendedTreatmentAppointments >= 1;
        var ended = facts.DischargeReason is not null || facts.Withdrawn;
        var paired = facts is { FirstPhq9: not null, LastPhq9: not null, FirstGad7: not null, LastGad7: not null };
        var caseness = facts.FirstPhq9 >= t.Phq9Caseness || facts.FirstGad7 >= t.Gad7Caseness;
        if (!paired)
        {
            return new JourneyOutcome(
                entered,
                ended,
                ended && facts.AttendedTreatmentAppointments >= 2,
                false,
                caseness,
                false,
                false,
                false
            );
        }

        var phqChange = facts.LastPhq9!.Value - facts.FirstPhq9!.Value;
        var gadChange = facts.LastGad7!.Value - facts.FirstGad7!.Value;
        var fell = phqChange <= -t.Phq9ReliableChange || gadChange <= -t.Gad7ReliableChange;
        var rose = phqChange >= t.Phq9ReliableChange || gadChange >= t.Gad7ReliableChange;
        var belowBoth = facts.LastPhq9 < t.Phq9Caseness && facts.LastGad7 < t.Gad7Caseness;
        return new JourneyOutcome(
            entered,
            ended,
            ended && facts.AttendedTreatmentAppointments >= 2,
            PairedScores: true,
            caseness,
            Recovered: caseness && belowBoth,
            ReliablyImproved: fell && !rose,
            ReliablyDeteriorated: rose && !fell
        );
    }
}

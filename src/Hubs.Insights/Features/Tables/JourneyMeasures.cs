using Hubs.Insights.Disclosure;
using Hubs.Insights.Features.Wording;
using Hubs.Insights.Metrics;

namespace Hubs.Insights.Features.Tables;

/// <summary>
/// The published measures of journeys, each defined once (MetricDefinitions.md), so a figure is computed
/// the same way in every table it appears in.
/// </summary>
internal static class JourneyMeasures
{
    public static readonly CountOf<JourneyRecord> Referrals = People.Count<JourneyRecord>(
        "referrals",
        CommissionerWords.Columns.Referrals,
        _ => true
    );
    public static readonly CountOf<JourneyRecord> Screened = People.Count<JourneyRecord>(
        "screened",
        CommissionerWords.Columns.Screened,
        r => r.Facts.Screened
    );
    public static readonly CountOf<JourneyRecord> EnteredTreatment = People.Count<JourneyRecord>(
        "entered-treatment",
        CommissionerWords.Columns.EnteredTreatment,
        r => r.Outcome.EnteredTreatment
    );
    public static readonly CountOf<JourneyRecord> FinishedCourse = People.Count<JourneyRecord>(
        "finished-course",
        CommissionerWords.Columns.FinishedCourse,
        r => r.Outcome.FinishedCourse
    );
    public static readonly CountOf<JourneyRecord> FinishedWithoutPairs = People.Count<JourneyRecord>(
        "finished-no-paired-scores",
        CommissionerWords.Columns.FinishedWithoutPairs,
        r => r.Outcome.FinishedWithoutPairedScores
    );

    public static readonly RateOf<JourneyRecord> EnteredTreatmentRate = People.Rate<JourneyRecord>(
        "entered-treatment",
        CommissionerWords.Columns.EnteredTreatment,
        r => r.Outcome.EnteredTreatment,
        _ => true
    );
    public static readonly RateOf<JourneyRecord> Caseness = People.Rate<JourneyRecord>(
        "caseness",
        CommissionerWords.Columns.Caseness,
        r => r.Outcome.AtCasenessAtStart,
        r => r.Outcome.FinishedWithPairedScores
    );
    public static readonly RateOf<JourneyRecord> Recovery = People.Rate<JourneyRecord>(
        "recovery",
        CommissionerWords.Columns.Recovery,
        r => r.Outcome.Recovered,
        r => r.Outcome.InRecoveryBase
    );
    public static readonly RateOf<JourneyRecord> ReliableImprovement = People.Rate<JourneyRecord>(
        "reliable-improvement",
        CommissionerWords.Columns.ReliableImprovement,
        r => r.Outcome.ReliablyImproved,
        r => r.Outcome.FinishedWithPairedScores
    );
    public static readonly RateOf<JourneyRecord> ReliableDeterioration = People.Rate<JourneyRecord>(
        "reliable-deterioration",
        CommissionerWords.Columns.ReliableDeterioration,
        r => r.Outcome.ReliablyDeteriorated,
        r => r.Outcome.FinishedWithPairedScores
    );
    public static readonly RateOf<JourneyRecord> ReliableRecovery = People.Rate<JourneyRecord>(
        "reliable-recovery",
        CommissionerWords.Columns.ReliableRecovery,
        r => r.Outcome.ReliablyRecovered,
        r => r.Outcome.InRecoveryBase
    );

    /// <summary>Missed of attended and missed treatment appointments; its people are the journeys with any.</summary>
    public static readonly RateOf<JourneyRecord> DidNotAttend = new(
        "dna",
        CommissionerWords.Columns.DidNotAttend,
        r => r.Facts.DidNotAttendAppointments,
        r => r.Facts.AttendedTreatmentAppointments + r.Facts.DidNotAttendAppointments
    );

    public static readonly RateOf<JourneyRecord> DropOut = People.Rate<JourneyRecord>(
        "drop-out",
        CommissionerWords.Columns.DropOut,
        r => r.Facts.DischargeReason == DischargeReason.DroppedOut,
        r => r.Outcome.EnteredTreatment && r.Outcome.Ended
    );

    public static readonly MedianOf<JourneyRecord> FirstTreatmentMedian = new(
        "first-treatment-median-days",
        CommissionerWords.Columns.FirstTreatmentMedian,
        r => r.Facts.DaysToFirstTreatment
    );

    /// <summary>A wait: the people who waited, the median days and the shares within the two targets.</summary>
    public static IEnumerable<Measure<JourneyRecord>> Wait(
        string key,
        string label,
        Func<JourneyFacts, int?> days,
        MetricThresholds t
    ) =>
        [
            People.Count<JourneyRecord>($"{key}-people", CommissionerWords.Columns.WaitedFor(label), r =>
                days(r.Facts) is not null
            ),
            new MedianOf<JourneyRecord>($"{key}-median-days", CommissionerWords.Columns.MedianDaysTo(label), r =>
                days(r.Facts)
            ),
            People.Rate<JourneyRecord>(
                $"{key}-within-{t.ShortWaitDays}",
                CommissionerWords.Columns.ToWithin(label, t.ShortWaitDays),
                r => days(r.Facts) <= t.ShortWaitDays,
                r => days(r.Facts) is not null
            ),
            People.Rate<JourneyRecord>(
                $"{key}-within-{t.LongWaitDays}",
                CommissionerWords.Columns.ToWithin(label, t.LongWaitDays),
                r => days(r.Facts) <= t.LongWaitDays,
                r => days(r.Facts) is not null
            ),
        ];
}

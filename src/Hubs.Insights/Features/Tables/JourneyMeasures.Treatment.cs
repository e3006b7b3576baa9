using Hubs.Insights.Disclosure;
using Hubs.Insights.Metrics;
using Words = Hubs.Insights.Features.Wording.CommissionerWords.Columns;

namespace Hubs.Insights.Features.Tables;

/// <summary>Access to treatment, attendance and waits (MetricDefinitions.md).</summary>
internal static partial class JourneyMeasures
{
    public static readonly RateOf<JourneyRecord> EnteredTreatmentRate = People.Rate<JourneyRecord>(
        "entered-treatment",
        Words.EnteredTreatment,
        r => r.Outcome.EnteredTreatment,
        _ => true
    );

    /// <summary>Missed of attended and missed treatment appointments; its people are the journeys with any.</summary>
    public static readonly RateOf<JourneyRecord> DidNotAttend = new(
        "dna",
        Words.DidNotAttend,
        r => r.Facts.DidNotAttendAppointments,
        r => r.Facts.AttendedTreatmentAppointments + r.Facts.DidNotAttendAppointments
    );

    public static readonly RateOf<JourneyRecord> DropOut = People.Rate<JourneyRecord>(
        "drop-out",
        Words.DropOut,
        r => r.Facts.DischargeReason == DischargeReason.DroppedOut,
        r => r.Outcome.EnteredTreatment && r.Outcome.Ended
    );

    public static readonly MedianOf<JourneyRecord> FirstTreatmentMedian = new(
        "first-treatment-median-days",
        Words.FirstTreatmentMedian,
        r => r.Facts.DaysToFirstTreatment
    );
}

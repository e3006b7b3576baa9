using Hubs.Insights.Disclosure;

namespace Hubs.Insights.Metrics;

/// <summary>Did-not-attend and drop-out rates. Definitions: MetricDefinitions.md.</summary>
public static class AttendanceMetrics
{
    /// <summary>
    /// DNA appointments ÷ (attended + DNA) treatment appointments. Cancellations by either side are in
    /// neither: a clinic cancelling would otherwise lower the keyworkers' DNA rate. The base in people is
    /// the journeys with at least one attended or missed appointment.
    /// </summary>
    public static Ratio DidNotAttendRate(IEnumerable<JourneyFacts> cohort)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        long missed = 0,
            booked = 0,
            people = 0;
        foreach (var facts in cohort)
        {
            var appointments = facts.AttendedTreatmentAppointments + facts.DidNotAttendAppointments;
            missed += facts.DidNotAttendAppointments;
            booked += appointments;
            people += appointments > 0 ? 1 : 0;
        }

        return new Ratio(missed, booked, people);
    }

    /// <summary>
    /// Discharged as dropped out ÷ journeys that ended (discharged or withdrawn) after entering
    /// treatment. Drop-outs before any treatment appointment are not treatment drop-outs; a withdrawal
    /// without a discharge reason ends the journey but is not counted as a drop-out.
    /// </summary>
    public static Ratio DropOutRate(IEnumerable<JourneyFacts> cohort)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        var ended = cohort
            .Where(f => f.AttendedTreatmentAppointments >= 1 && (f.DischargeReason is not null || f.Withdrawn))
            .ToList();
        return Ratio.OfPeople(ended.Count(f => f.DischargeReason == DischargeReason.DroppedOut), ended.Count);
    }
}

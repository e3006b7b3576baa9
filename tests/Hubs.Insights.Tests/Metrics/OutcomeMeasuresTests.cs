using Hubs.Insights.Metrics;
using static Hubs.Insights.Features.Tables.JourneyMeasures;
using static Hubs.Insights.Tests.Metrics.Journeys;

namespace Hubs.Insights.Tests.Metrics;

/// <summary>
/// The outcome and attendance measures the tables publish (JourneyMeasures), on one hand-worked cohort of twelve
/// journeys; the comments give each one's part.
/// </summary>
public class OutcomeMeasuresTests
{
    private static readonly JourneyFacts[] Cohort =
    [
        Referred(), // open, never treated
        Referred() with
        {
            DischargeReason = DischargeReason.NoContact,
        }, // ended before treatment
        Finished(null, null, null, null, attended: 1) with
        {
            DischargeReason = DischargeReason.DroppedOut,
            DidNotAttendAppointments = 2,
        },
        Finished(15, 12, 11, 9, attended: 3) with
        {
            DischargeReason = null,
        }, // still in treatment
        Finished(16, 9, 10, 7) with
        {
            DidNotAttendAppointments = 1,
        }, // recovered, reliably improved (-7)
        Finished(12, 8, 5, 6), // caseness on PHQ-9 only; recovered; -4/+1 not reliable
        Finished(9, 3, 7, 2), // not at caseness; reliably improved
        Finished(14, 20, 10, 12), // reliably deteriorated (+6)
        Finished(16, 10, 5, 9), // fell 6, rose 4: neither; last PHQ-9 10: not recovered
        Finished(15, 5, null, null), // PHQ-9 only: no paired scores
        Finished(20, 20, 15, 15, attended: 2) with
        {
            DischargeReason = DischargeReason.DroppedOut,
            DidNotAttendAppointments = 3,
        },
        Finished(null, null, null, null, attended: 2) with
        {
            DischargeReason = null,
            Withdrawn = true,
        },
    ];

    [Fact]
    public void Entered_treatment_is_of_all_referrals() =>
        Assert.Equal(Exact.People(10, 12), Exact.Rate(EnteredTreatmentRate, Cohort));

    [Fact]
    public void A_finished_course_ended_after_at_least_two_treatment_appointments() =>
        Assert.Equal(8, Exact.Count(FinishedCourse, Cohort));

    [Fact]
    public void Finished_courses_without_paired_scores_are_counted_not_dropped() =>
        Assert.Equal(2, Exact.Count(FinishedWithoutPairs, Cohort));

    [Fact]
    public void At_caseness_is_of_those_who_finished_with_paired_scores() =>
        Assert.Equal(Exact.People(5, 6), Exact.Rate(Caseness, Cohort));

    [Fact]
    public void Recovery_is_of_finished_with_paired_scores_minus_not_at_caseness() =>
        Assert.Equal(Exact.People(2, 5), Exact.Rate(Recovery, Cohort));

    [Fact]
    public void Reliable_improvement_and_deterioration_are_of_finished_with_paired_scores()
    {
        Assert.Equal(Exact.People(2, 6), Exact.Rate(ReliableImprovement, Cohort));
        Assert.Equal(Exact.People(1, 6), Exact.Rate(ReliableDeterioration, Cohort));
    }

    [Fact]
    public void Reliable_recovery_shares_recoverys_denominator() =>
        Assert.Equal(Exact.People(1, 5), Exact.Rate(ReliableRecovery, Cohort));

    [Fact]
    public void The_DNA_rate_is_missed_over_attended_plus_missed_appointments_based_on_the_people_booked()
    {
        var dna = Exact.Rate(DidNotAttend, Cohort);

        Assert.Equal(new Ratio(6, 38, 10), dna);
        Assert.Equal(6m / 38m, dna.Fraction);
    }

    [Fact]
    public void Cancellations_are_not_did_not_attends() =>
        Assert.Equal(
            new Ratio(1, 4, 1),
            Exact.Rate(
                DidNotAttend,
                [
                    Referred() with
                    {
                        AttendedTreatmentAppointments = 3,
                        DidNotAttendAppointments = 1,
                        AppointmentsOffered = 9,
                    },
                ]
            )
        );

    [Fact]
    public void The_drop_out_rate_is_of_those_who_ended_after_entering_treatment() =>
        Assert.Equal(Exact.People(2, 9), Exact.Rate(DropOut, Cohort));

    [Fact]
    public void A_drop_out_before_any_treatment_is_not_a_treatment_drop_out() =>
        Assert.Equal(
            Exact.People(0, 0),
            Exact.Rate(DropOut, [Referred() with { DischargeReason = DischargeReason.DroppedOut }])
        );

    [Fact]
    public void An_empty_cohort_has_zero_denominators_not_errors()
    {
        Assert.Equal(Exact.People(0, 0), Exact.Rate(Recovery, []));
        Assert.Null(Exact.Rate(Recovery, []).Fraction);
        Assert.Equal(new Ratio(0, 0, 0), Exact.Rate(DidNotAttend, []));
    }
}

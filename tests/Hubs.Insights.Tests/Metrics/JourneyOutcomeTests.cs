using Hubs.Insights.Metrics;
using static Hubs.Insights.Tests.Metrics.Journeys;

namespace Hubs.Insights.Tests.Metrics;

public class JourneyOutcomeTests
{
    [Fact]
    public void A_referral_with_no_attended_appointment_has_not_entered_treatment()
    {
        var outcome = JourneyOutcome.Classify(Referred() with { DischargeReason = DischargeReason.NoContact });

        Assert.False(outcome.EnteredTreatment);
        Assert.True(outcome.Ended);
        Assert.False(outcome.FinishedCourse);
    }

    [Fact]
    public void One_attended_session_enters_treatment_but_does_not_finish_a_course()
    {
        var outcome = JourneyOutcome.Classify(Finished(15, 5, 12, 3, attended: 1));

        Assert.True(outcome.EnteredTreatment);
        Assert.False(outcome.FinishedCourse);
        Assert.False(outcome.InRecoveryBase);
    }

    [Fact]
    public void Two_sessions_on_an_open_journey_are_not_a_finished_course_yet() =>
        Assert.False(
            JourneyOutcome.Classify(Finished(15, 5, 12, 3, attended: 2) with { DischargeReason = null }).FinishedCourse
        );

    [Fact]
    public void Two_sessions_then_withdrawal_is_a_finished_course() =>
        Assert.True(
            JourneyOutcome
                .Classify(Finished(15, 5, 12, 3, attended: 2) with { DischargeReason = null, Withdrawn = true })
                .FinishedCourse
        );

    [Theory]
    [InlineData(15, 5, null, null)]
    [InlineData(15, 5, 12, null)]
    [InlineData(15, null, 12, 3)]
    [InlineData(null, null, 12, 3)]
    public void A_finished_course_missing_any_of_the_four_scores_has_no_paired_scores(
        int? firstPhq9,
        int? lastPhq9,
        int? firstGad7,
        int? lastGad7
    )
    {
        var outcome = Outcome(firstPhq9, lastPhq9, firstGad7, lastGad7);

        Assert.True(outcome.FinishedWithoutPairedScores);
        Assert.False(outcome.FinishedWithPairedScores);
        Assert.False(outcome.Recovered);
        Assert.False(outcome.ReliablyImproved);
        Assert.False(outcome.ReliablyDeteriorated);
    }

    [Theory]
    [InlineData(10, 0, true)]
    [InlineData(9, 7, false)]
    [InlineData(0, 8, true)]
    [InlineData(12, 5, true)]
    [InlineData(5, 9, true)]
    [InlineData(9, 8, true)]
    public void Caseness_at_the_start_needs_one_measure_at_its_threshold(int firstPhq9, int firstGad7, bool caseness) =>
        Assert.Equal(caseness, Outcome(firstPhq9, 0, firstGad7, 0).AtCasenessAtStart);

    [Theory]
    [InlineData(9, 7, true)]
    [InlineData(10, 7, false)]
    [InlineData(9, 8, false)]
    [InlineData(0, 0, true)]
    public void Recovery_needs_the_last_scores_below_both_thresholds(int lastPhq9, int lastGad7, bool recovered) =>
        Assert.Equal(recovered, Outcome(14, lastPhq9, 11, lastGad7).Recovered);

    [Fact]
    public void Caseness_on_one_measure_only_recovers_when_both_end_below_threshold()
    {
        Assert.True(Outcome(12, 8, 5, 6).Recovered);
        Assert.False(Outcome(12, 8, 5, 8).Recovered);
    }

    [Fact]
    public void A_journey_not_at_caseness_cannot_recover_but_counts_for_reliable_change()
    {
        var outcome = Outcome(9, 2, 7, 1);

        Assert.False(outcome.InRecoveryBase);
        Assert.False(outcome.Recovered);
        Assert.True(outcome.FinishedWithPairedScores);
        Assert.True(outcome.ReliablyImproved);
    }

    [Theory]
    [InlineData(16, 10, 9, 9, true)]
    [InlineData(16, 11, 9, 9, false)]
    [InlineData(16, 16, 9, 5, true)]
    [InlineData(16, 16, 9, 6, false)]
    [InlineData(16, 10, 9, 12, true)]
    public void Reliable_improvement_is_a_fall_of_at_least_6_or_4_with_no_reliable_rise(
        int fp,
        int lp,
        int fg,
        int lg,
        bool improved
    )
    {
        var outcome = Outcome(fp, lp, fg, lg);

        Assert.Equal(improved, outcome.ReliablyImproved);
        Assert.False(outcome.ReliablyDeteriorated);
    }

    [Theory]
    [InlineData(10, 16, 9, 9, true)]
    [InlineData(10, 15, 9, 9, false)]
    [InlineData(10, 10, 5, 9, true)]
    [InlineData(10, 10, 5, 8, false)]
    public void Reliable_deterioration_is_the_mirror_image(int fp, int lp, int fg, int lg, bool deteriorated)
    {
        var outcome = Outcome(fp, lp, fg, lg);

        Assert.Equal(deteriorated, outcome.ReliablyDeteriorated);
        Assert.False(outcome.ReliablyImproved);
    }

    [Theory]
    [InlineData(16, 10, 5, 9)]
    [InlineData(10, 16, 9, 5)]
    public void A_reliable_fall_on_one_measure_and_rise_on_the_other_is_neither(int fp, int lp, int fg, int lg)
    {
        var outcome = Outcome(fp, lp, fg, lg);

        Assert.False(outcome.ReliablyImproved);
        Assert.False(outcome.ReliablyDeteriorated);
    }

    [Fact]
    public void Reliable_recovery_is_recovery_with_reliable_improvement()
    {
        Assert.True(Outcome(16, 9, 10, 7).ReliablyRecovered);
        Assert.False(Outcome(11, 9, 8, 7).ReliablyRecovered);
        Assert.True(Outcome(11, 9, 8, 7).Recovered);
    }

    [Fact]
    public void The_thresholds_are_configurable()
    {
        var strict = new MetricThresholds(
            Phq9Caseness: 12,
            Gad7Caseness: 10,
            Phq9ReliableChange: 7,
            Gad7ReliableChange: 5
        );
        var outcome = JourneyOutcome.Classify(Finished(11, 4, 9, 5), strict);

        Assert.False(outcome.AtCasenessAtStart);
        Assert.True(outcome.ReliablyImproved);
        Assert.False(JourneyOutcome.Classify(Finished(16, 10, 9, 9), strict).ReliablyImproved);
    }
}

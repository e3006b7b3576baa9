using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.DischargingClient;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Journeys.RecordingSession;
using Hubs.Web.Features.Journeys.SubmittingSelfReferral;
using Hubs.Web.Features.Journeys.WithdrawingJourney;

namespace Hubs.Web.Tests.Journeys.Decisions;

public class SessionAndEndingDecisionTests
{
    private static readonly RecordSession Session = new(Given.Treatment, 11, 9, "Homework done.");

    [Fact]
    public void A_session_before_assessment_is_refused()
    {
        RecordSessionDecision.Decide(Given.Triaged(), Session, Given.Clinician, Given.Now).Refused("not-assessed");
    }

    [Fact]
    public void A_session_needs_an_attended_treatment_appointment_and_is_recorded_once()
    {
        RecordSessionDecision
            .Decide(Given.Allocated(), Session, Given.Clinician, Given.Now)
            .Refused("no-attended-treatment");
        var decision = RecordSessionDecision.Decide(Given.WithAttendedTreatment(), Session, Given.Clinician, Given.Now);
        var recorded = Assert.IsType<TreatmentSessionRecorded>(Assert.Single(decision.Events));
        Assert.Equal((1, 11, 9), (recorded.SessionNumber, recorded.Phq9Total, recorded.Gad7Total));
        var after = Given.WithAttendedTreatment().After(decision);
        RecordSessionDecision.Decide(after, Session, Given.Clinician, Given.Now).Refused("session-already-recorded");
    }

    [Fact]
    public void Discharging_twice_is_refused()
    {
        DischargeClientDecision
            .Decide(Given.Discharged(), new(DischargeReason.Completed, null), Given.Clinician, Given.Now)
            .Refused("journey-ended");
    }

    [Fact]
    public void A_completed_course_needs_a_recorded_session_other_endings_do_not()
    {
        DischargeClientDecision
            .Decide(Given.Allocated(), new(DischargeReason.Completed, null), Given.Clinician, Given.Now)
            .Refused("no-sessions");
        var discharged = Given
            .Submitted()
            .After(
                DischargeClientDecision.Decide(
                    Given.Submitted(),
                    new(DischargeReason.NoContact, null),
                    Given.Clinician,
                    Given.Now
                )
            );
        Assert.Equal(
            (JourneyStatus.Discharged, DischargeReason.NoContact),
            (discharged.Status, discharged.DischargeReason)
        );
    }

    [Fact]
    public void The_keyworker_may_withdraw_at_any_open_point_but_not_after_an_ending()
    {
        foreach (var open in new[] { Given.Submitted(), Given.Triaged(), Given.WithAttendedTreatment() })
        {
            Assert.Equal(
                JourneyStatus.Withdrawn,
                open.After(WithdrawJourneyDecision.Decide(open, new("  "), Given.Now)).Status
            );
        }

        WithdrawJourneyDecision.Decide(Given.Discharged(), new(null), Given.Now).Refused("journey-ended");
    }

    [Fact]
    public void A_re_referral_needs_an_earlier_journey_that_has_ended()
    {
        Assert.Equal("no-such-previous-journey", ReReferralRule.Check(null)?.Code);
        Assert.Equal("previous-journey-open", ReReferralRule.Check(Given.Allocated())?.Code);
        Assert.Null(ReReferralRule.Check(Given.Discharged()));
    }
}

public class SessionAnswerScoringTests
{
    private static Dictionary<string, int> Items(string prefix, int count, int value, int? last = null) =>
        Enumerable
            .Range(1, count)
            .ToDictionary(i => $"{prefix}.{i}", i => i == count && last is not null ? last.Value : value);

    [Fact]
    public void Session_answers_are_scored_by_the_engine_and_a_self_harm_answer_raises_risk()
    {
        var command = new RecordSession(
            Given.Treatment,
            null,
            null,
            null,
            Items("phq9", 9, 1, last: 2),
            Items("gad7", 7, 2)
        );

        var decision = RecordSessionDecision.Decide(Given.WithAttendedTreatment(), command, Given.Clinician, Given.Now);

        var recorded = Assert.IsType<TreatmentSessionRecorded>(decision.Events[0]);
        Assert.Equal((10, 14), (recorded.Phq9Total, recorded.Gad7Total));
        Assert.Equal(
            Hubs.Web.Features.Questionnaires.RiskLevel.Urgent,
            Assert.IsType<RiskFlagRaised>(decision.Events[1]).Level
        );
    }

    [Fact]
    public void Incomplete_session_answers_are_refused()
    {
        var command = new RecordSession(Given.Treatment, null, 5, null, new() { ["phq9.1"] = 1 });
        RecordSessionDecision
            .Decide(Given.WithAttendedTreatment(), command, Given.Clinician, Given.Now)
            .Refused("invalid-answers");
    }
}

using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.CheckingInWhileWaiting;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Questionnaires;

namespace Hubs.Web.Tests.Journeys.Decisions;

/// <summary>
/// The waiting-well check-in (src/DOMAIN-RULES.md, "Waiting well"): only while waiting, once a week, and its
/// self-harm answer raises the same risk flag as the screening item.
/// </summary>
public class CheckInDecisionTests
{
    private static readonly WaitingWellAnswers Fine = new(Coping.Same, false, 0);

    [Fact]
    public void A_waiting_keyworker_checks_in_and_the_answers_are_sealed_in_one_event()
    {
        var journey = Given.Allocated();
        var decision = CheckInDecision.Decide(journey, new(Coping.Worse, true, null), Given.Now);

        var checkedIn = Assert.IsType<WaitingWellCheckedIn>(Assert.Single(decision.Events));
        Assert.Equal(new WaitingWellAnswers(Coping.Worse, true, null), checkedIn.Answers.Value);
        Assert.Equal(journey.SealedWith, checkedIn.Answers.OwnerId);
        Assert.Equal(Given.Now, journey.After(decision).LastCheckInAt);
    }

    [Theory]
    [InlineData(1, RiskLevel.Flag)]
    [InlineData(2, RiskLevel.Urgent)]
    [InlineData(3, RiskLevel.Urgent)]
    public void A_self_harm_answer_above_none_raises_the_screening_risk_flag(int answer, RiskLevel level)
    {
        var journey = Given.Submitted();
        var decision = CheckInDecision.Decide(journey, Fine with { SafetyAnswer = answer }, Given.Now);

        var flag = Assert.IsType<RiskFlagRaised>(decision.Events[1]);
        Assert.Equal((level, RiskSource.CheckIn), (flag.Level, flag.Source));
        Assert.Equal(level, journey.After(decision).Risk);
    }

    [Fact]
    public void No_answer_or_not_at_all_raises_no_flag()
    {
        Assert.Single(CheckInDecision.Decide(Given.Submitted(), Fine, Given.Now).Events);
        Assert.Single(CheckInDecision.Decide(Given.Submitted(), Fine with { SafetyAnswer = null }, Given.Now).Events);
    }

    [Fact]
    public void A_second_check_in_within_a_week_is_refused_and_allowed_a_week_later()
    {
        var journey = Given.Triaged().After(CheckInDecision.Decide(Given.Triaged(), Fine, Given.Now));

        CheckInDecision.Decide(journey, Fine, Given.Now.AddDays(7).AddMinutes(-1)).Refused("check-in-too-soon");
        Assert.Equal(Given.Now.AddDays(7), CheckInDecision.NextAllowed(journey, Given.Now.AddDays(1)));
        Assert.False(CheckInDecision.Decide(journey, Fine, Given.Now.AddDays(7)).IsRefused);
    }

    [Fact]
    public void Once_support_has_started_or_the_journey_ended_the_check_in_is_closed()
    {
        CheckInDecision.Decide(Given.WithAttendedTreatment(), Fine, Given.Now).Refused("not-waiting");
        CheckInDecision.Decide(Given.Discharged(), Fine, Given.Now).Refused("not-waiting");
    }

    [Fact]
    public void An_answer_the_screening_item_does_not_have_is_refused()
    {
        CheckInDecision.Decide(Given.Submitted(), Fine with { SafetyAnswer = 4 }, Given.Now).Refused("invalid-answers");
    }
}

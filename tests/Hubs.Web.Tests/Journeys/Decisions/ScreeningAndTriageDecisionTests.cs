using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.CompletingScreening;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Journeys.TriagingReferral;
using Hubs.Web.Features.Questionnaires;

namespace Hubs.Web.Tests.Journeys.Decisions;

public class ScreeningAndTriageDecisionTests
{
    private static readonly DateTimeOffset Now = Given.Now;

    [Fact]
    public void A_screening_without_risk_records_the_totals_only()
    {
        var decision = CompleteScreeningDecision.Decide(
            Given.Submitted(),
            new(7, 9, RiskLevel.None, ScreeningTakenBy.Keyworker),
            Now
        );
        var screened = Assert.IsType<ScreeningCompleted>(Assert.Single(decision.Events));
        Assert.Equal((7, 9), (screened.Phq9Total, screened.Gad7Total));
    }

    [Fact]
    public void A_risk_answer_raises_a_risk_flag_and_the_journey_carries_it()
    {
        var journey = Given.Submitted();
        var decision = CompleteScreeningDecision.Decide(
            journey,
            new(20, null, RiskLevel.Urgent, ScreeningTakenBy.ClinicianByPhone),
            Now
        );
        Assert.Equal(RiskLevel.Urgent, Assert.IsType<RiskFlagRaised>(decision.Events[1]).Level);
        Assert.Equal(
            (JourneyStatus.Screened, RiskLevel.Urgent),
            (journey.After(decision).Status, journey.After(decision).Risk)
        );
    }

    [Fact]
    public void Screening_happens_once()
    {
        var screened = Given
            .Submitted()
            .After(
                CompleteScreeningDecision.Decide(
                    Given.Submitted(),
                    new(5, 5, RiskLevel.None, ScreeningTakenBy.Keyworker),
                    Now
                )
            );
        CompleteScreeningDecision
            .Decide(screened, new(5, 5, RiskLevel.None, ScreeningTakenBy.Keyworker), Now)
            .Refused("already-screened");
    }

    [Fact]
    public void Triage_to_assess_keeps_the_journey_open_with_the_reason_sealed_for_the_keyworker()
    {
        var journey = Given.Submitted();
        var decision = TriageReferralDecision.Decide(
            journey,
            new(TriageOutcome.Assess, " Fits the service ", "ignored"),
            Given.Clinician,
            Now
        );
        var triaged = Assert.IsType<ReferralTriaged>(Assert.Single(decision.Events));
        Assert.Equal(
            (journey.KeyworkerId, "Fits the service", (string?)null),
            (triaged.Reason.OwnerId, triaged.Reason.Value, triaged.SignpostedService())
        );
        Assert.Equal(JourneyStatus.Triaged, journey.After(decision).Status);
    }

    [Fact]
    public void The_service_signposted_to_is_sealed_for_the_keyworker_never_kept_in_clear()
    {
        var journey = Given.Submitted();
        var decision = TriageReferralDecision.Decide(
            journey,
            new(TriageOutcome.SignpostElsewhere, "Needs a trauma service", " Dr Patel at Hill Surgery "),
            Given.Clinician,
            Now
        );
        var triaged = Assert.IsType<ReferralTriaged>(Assert.Single(decision.Events));
        Assert.Null(triaged.SignpostedTo);
        Assert.Equal(
            (journey.SealedWith, "Dr Patel at Hill Surgery"),
            (triaged.Signposted!.OwnerId, triaged.Signposted.Value)
        );
    }

    [Theory]
    [InlineData(TriageOutcome.SignpostElsewhere)]
    [InlineData(TriageOutcome.NotSuitable)]
    public void Signposting_or_not_suitable_ends_the_journey_at_triage(TriageOutcome outcome)
    {
        var journey = Given
            .Submitted()
            .After(
                TriageReferralDecision.Decide(
                    Given.Submitted(),
                    new(outcome, "Reason", "Occupational health"),
                    Given.Clinician,
                    Now
                )
            );
        Assert.Equal((JourneyStatus.ClosedAtTriage, true), (journey.Status, journey.HasEnded));
    }

    [Fact]
    public void A_referral_is_triaged_once()
    {
        TriageReferralDecision
            .Decide(Given.Triaged(), new(TriageOutcome.Assess, "Again", null), Given.Clinician, Now)
            .Refused("already-triaged");
    }
}

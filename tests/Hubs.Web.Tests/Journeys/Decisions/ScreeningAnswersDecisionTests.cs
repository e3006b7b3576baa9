using Hubs.Web.Features.Journeys.AnsweringScreening;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Questionnaires;

namespace Hubs.Web.Tests.Journeys.Decisions;

public class ScreeningAnswersDecisionTests
{
    private static readonly ScreeningAnswers Nothing = ScreeningAnswers.None(ScreeningSource.Online);

    private static SaveScreeningAnswers Save(MeasureId measure, Dictionary<string, int> answers) =>
        new(ScreeningSource.Online, measure, answers);

    [Fact]
    public void A_self_harm_answer_raises_the_risk_at_once_while_screening_goes_on()
    {
        var (decision, step) = SaveScreeningAnswersDecision.Decide(
            Given.Submitted(),
            Nothing.Record(MeasureId.Phq2, new Dictionary<string, int> { ["phq9.1"] = 0, ["phq9.2"] = 0 }),
            Save(MeasureId.Phq9, new() { ["phq9.9"] = 1 }),
            ScreeningConfiguration.Default,
            Given.Now
        );

        Assert.IsType<AskQuestions>(step);
        Assert.Equal(RiskLevel.Flag, Assert.IsType<RiskFlagRaised>(decision.Events[1]).Level);
        Assert.DoesNotContain(decision.Events, e => e is ScreeningCompleted);
    }

    [Fact]
    public void Answers_are_sealed_for_the_keyworker_and_a_bad_value_is_refused()
    {
        var journey = Given.Submitted();
        var (decision, _) = SaveScreeningAnswersDecision.Decide(
            journey,
            Nothing,
            Save(MeasureId.Phq2, new() { ["phq9.1"] = 1, ["phq9.2"] = 0 }),
            ScreeningConfiguration.Default,
            Given.Now
        );
        Assert.Equal(
            journey.KeyworkerId,
            Assert.IsType<ScreeningAnswersSaved>(Assert.Single(decision.Events)).Answers.OwnerId
        );

        SaveScreeningAnswersDecision
            .Decide(
                journey,
                Nothing,
                Save(MeasureId.Phq2, new() { ["phq9.1"] = 4 }),
                ScreeningConfiguration.Default,
                Given.Now
            )
            .Decision.Refused("invalid-answers");
    }

    [Fact]
    public void Answers_after_screening_or_triage_are_refused()
    {
        SaveScreeningAnswersDecision
            .Decide(
                Given.Triaged(),
                Nothing,
                Save(MeasureId.Phq2, new() { ["phq9.1"] = 1 }),
                ScreeningConfiguration.Default,
                Given.Now
            )
            .Decision.Refused("already-screened");
    }
}

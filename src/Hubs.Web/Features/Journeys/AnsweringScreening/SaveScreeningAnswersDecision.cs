using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Privacy;
using Hubs.Web.Features.Questionnaires;

namespace Hubs.Web.Features.Journeys.AnsweringScreening;

/// <summary>
/// Saves a step's answers and asks the questionnaire engine's plan what comes next. A risk answer is
/// recorded at once (the journey jumps the triage queue before screening ends); when the plan is
/// complete, the screening's PHQ-9 and GAD-7 totals are recorded.
/// </summary>
public static class SaveScreeningAnswersDecision
{
    public static (Decision Decision, ScreeningStep? Step) Decide(
        Journey journey, ScreeningAnswers saved, SaveScreeningAnswers command, ScreeningConfiguration configuration, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(journey);
        ArgumentNullException.ThrowIfNull(saved);
        ArgumentNullException.ThrowIfNull(command);
        if (journey.HasEnded)
        {
            return (JourneyRules.Ended(journey), null);
        }

        if (journey.Status != JourneyStatus.Submitted)
        {
            return (Decision.Refuse("already-screened", "Screening has already been completed for this journey."), null);
        }

        var source = command.Source ?? ScreeningSource.Online;
        var measure = command.Measure ?? MeasureId.Phq2;
        var step = ScreeningPlan.Next(configuration, saved.Record(measure, command.Answers) with { Source = source });
        if (step is ScreeningInvalid invalid)
        {
            return (Decision.Refuse("invalid-answers", string.Join(" ", invalid.Problems.Select(p => p.Message))), step);
        }

        var events = new List<object> { new ScreeningAnswersSaved(journey.Id, now, source, measure, Personal.Of(journey.SealedWith, command.Answers)) };
        var risk = step is ScreeningComplete done ? done.Risk : ((AskQuestions)step).RiskSoFar;
        if (risk > journey.Risk)
        {
            events.Add(new RiskFlagRaised(journey.Id, now, risk, RiskSource.Screening));
        }

        if (step is ScreeningComplete complete)
        {
            var takenBy = source == ScreeningSource.Phone ? ScreeningTakenBy.ClinicianByPhone : ScreeningTakenBy.Keyworker;
            events.Add(new ScreeningCompleted(journey.Id, now, takenBy, complete.ResultFor(MeasureId.Phq9)?.Total, complete.ResultFor(MeasureId.Gad7)?.Total, risk));
        }

        return (new Decision(events, null), step);
    }
}

using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Privacy;
using Hubs.Web.Features.Questionnaires;

namespace Hubs.Web.Features.Journeys.AnsweringScreening;

/// <summary>
/// Saves a step's answers and asks the questionnaire engine's plan what comes next. A risk answer is
/// recorded at once (the journey jumps the triage queue before screening ends); when the plan is
/// complete, each measure answered in full is recorded (MeasureCompleted) and the screening's PHQ-9 and
/// GAD-7 totals with it (ScreeningCompleted, kept for what reads it).
/// </summary>
public static class SaveScreeningAnswersDecision
{
    public static (Decision Decision, ScreeningStep? Step) Decide(
        Journey journey,
        ScreeningAnswers saved,
        SaveScreeningAnswers command,
        ScreeningConfiguration configuration,
        DateTimeOffset now
    )
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
            return (
                Decision.Refuse("already-screened", "Screening has already been completed for this journey."),
                null
            );
        }

        var source = command.Source ?? ScreeningSource.Online;
        var measure = command.Measure ?? MeasureId.Phq2;
        var answers = saved.Record(measure, command.Answers) with { Source = source };
        var step = ScreeningPlan.Next(configuration, answers);
        if (step is ScreeningInvalid invalid)
        {
            return (
                Decision.Refuse("invalid-answers", string.Join(" ", invalid.Problems.Select(p => p.Message))),
                step
            );
        }

        var events = new List<object>
        {
            new ScreeningAnswersSaved(
                journey.Id,
                now,
                source,
                measure,
                Personal.Of(journey.SealedWith, command.Answers)
            ),
        };
        var risk = step is ScreeningComplete done ? done.Risk : ((AskQuestions)step).RiskSoFar;
        if (risk > journey.Risk)
        {
            events.Add(new RiskFlagRaised(journey.Id, now, risk, RiskSource.Screening));
        }

        if (step is ScreeningComplete complete)
        {
            var takenBy =
                source == ScreeningSource.Phone ? ScreeningTakenBy.ClinicianByPhone : ScreeningTakenBy.Keyworker;
            events.AddRange(Results(journey, complete, answers, now));
            events.Add(
                new ScreeningCompleted(
                    journey.Id,
                    now,
                    takenBy,
                    complete.ResultFor(MeasureId.Phq9)?.Total,
                    complete.ResultFor(MeasureId.Gad7)?.Total,
                    risk
                )
            );
        }

        return (new Decision(events, null), step);
    }

    /// <summary>
    /// Every measure answered in full is its own result (brief screens too: AUDIT-C decides whether AUDIT is asked).
    /// </summary>
    private static IEnumerable<MeasureCompleted> Results(
        Journey journey,
        ScreeningComplete complete,
        ScreeningAnswers answers,
        DateTimeOffset now
    )
    {
        var all = answers.ByMeasure.Values.SelectMany(a => a).ToDictionary(StringComparer.Ordinal);
        var givenBy =
            complete.Source == ScreeningSource.Phone ? MeasureGivenBy.ClinicianByPhone : MeasureGivenBy.Keyworker;
        return complete.Results.Select(r =>
            MeasureCompleted.Of(journey, r, all, MeasureOccasion.Screening, givenBy, null, now)
        );
    }
}

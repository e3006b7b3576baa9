namespace Hubs.Web.Features.Questionnaires;

/// <summary>
/// The adaptive screening plan as a pure function of the answers recorded so far: the same answers always give
/// the same next step, so save-and-resume needs nothing but the answers.
/// </summary>
public static class ScreeningPlan
{
    public static ScreeningStep Next(ScreeningConfiguration configuration, ScreeningAnswers answers)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(answers);
        var configurationProblems = configuration.Check();
        if (configurationProblems.Count > 0)
        {
            return new ScreeningInvalid(configurationProblems);
        }

        var steps = ScreeningSteps.Known(configuration, answers);
        var answerProblems = answers
            .ByMeasure.SelectMany(pair =>
                AnswerCheck.Values(
                    Catalogue.Get(pair.Key),
                    [.. steps.Where(s => s.Measure == pair.Key).SelectMany(s => s.Items)],
                    pair.Value
                )
            )
            .ToList();
        if (answerProblems.Count > 0)
        {
            return new ScreeningInvalid(answerProblems);
        }

        var allAnswers = answers.ByMeasure.Values.SelectMany(a => a).ToDictionary(StringComparer.Ordinal);
        var risk = AnswerCheck.Risk(Catalogue.All.SelectMany(m => m.Items), allAnswers);
        var done = steps.Count(s => s.Unanswered(answers).Count == 0);
        var progress = new ScreeningProgress(done, steps.Count);

        var next = steps.FirstOrDefault(s => s.Unanswered(answers).Count > 0);
        return next is not null
            ? new AskQuestions(next.Measure, next.Unanswered(answers), progress, risk)
            : ScreeningResults.Complete(configuration, answers.Source, allAnswers, risk, progress);
    }
}

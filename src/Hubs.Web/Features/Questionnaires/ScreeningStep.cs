namespace Hubs.Web.Features.Questionnaires;

/// <summary>
/// What screening needs next: <see cref="AskQuestions"/>, <see cref="ScreeningComplete"/> or
/// <see cref="ScreeningInvalid"/>.
/// </summary>
public abstract record ScreeningStep;

/// <summary>Steps fully answered, of the steps known so far (a positive brief screen adds a step).</summary>
public sealed record ScreeningProgress(int StepsDone, int StepsKnown);

/// <summary>
/// Ask these items (record the answers under <paramref name="Measure"/>). <paramref name="RiskSoFar"/> lets the
/// page show crisis contacts as soon as a risk answer is given, not only at the end.
/// </summary>
public sealed record AskQuestions(
    MeasureId Measure,
    IReadOnlyList<ItemDefinition> Items,
    ScreeningProgress Progress,
    RiskLevel RiskSoFar
) : ScreeningStep;

/// <summary>Every measure answered in full, scored; <paramref name="Risk"/> covers every risk item answered.</summary>
public sealed record ScreeningComplete(
    ScreeningSource Source,
    IReadOnlyList<ScoreResult> Results,
    RiskLevel Risk,
    ScreeningProgress Progress
) : ScreeningStep
{
    public ScoreResult? ResultFor(MeasureId measure) => Results.FirstOrDefault(r => r.Measure == measure);
}

/// <summary>The configuration or the recorded answers cannot be used, with every problem found.</summary>
public sealed record ScreeningInvalid(IReadOnlyList<QuestionnaireProblem> Problems) : ScreeningStep;

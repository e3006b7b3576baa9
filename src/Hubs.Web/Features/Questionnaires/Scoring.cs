namespace Hubs.Web.Features.Questionnaires;

/// <summary>Scores one complete measure: total, band, caseness and risk, or every problem with the answers.</summary>
public static class Scoring
{
    public static ScoringOutcome Score(
        MeasureId measure,
        IReadOnlyDictionary<string, int> answers,
        ScoringOptions? options = null
    )
    {
        ArgumentNullException.ThrowIfNull(answers);
        options ??= ScoringOptions.Default;
        var definition = Catalogue.Get(measure);

        var problems = (definition.Banding is ConfiguredCutOff ? options.Check() : [])
            .Concat(AnswerCheck.Values(definition, definition.Items, answers))
            .Concat(AnswerCheck.Missing(definition, definition.Items, answers))
            .ToList();
        if (problems.Count > 0)
        {
            return new ScoringError(measure, problems);
        }

        var total = definition.Items.Sum(i => answers[i.Id]);
        return new ScoreResult(
            measure,
            total,
            definition.Banding.Classify(total, answers, options),
            definition.CasenessAt is { } casenessAt ? total >= casenessAt : null,
            AnswerCheck.Risk(definition.Items, answers)
        );
    }
}

namespace Hubs.Web.Features.Questionnaires;

/// <summary>
/// The end of screening: every measure all of whose items were answered is scored, brief and full alike.
/// </summary>
internal static class ScreeningResults
{
    public static ScreeningStep Complete(
        ScreeningConfiguration configuration,
        ScreeningSource source,
        IReadOnlyDictionary<string, int> allAnswers,
        RiskLevel risk,
        ScreeningProgress progress
    )
    {
        var outcomes = Catalogue
            .All.Where(m => m.Items.All(i => allAnswers.ContainsKey(i.Id)))
            .Select(m =>
                Scoring.Score(m.Id, m.Items.ToDictionary(i => i.Id, i => allAnswers[i.Id]), configuration.Scoring)
            )
            .ToList();

        // Answers were checked before this point, so an error here is a catalogue bug; report it, do not hide it.
        var problems = outcomes.OfType<ScoringError>().SelectMany(e => e.Problems).ToList();
        return problems.Count > 0
            ? new ScreeningInvalid(problems)
            : new ScreeningComplete(source, [.. outcomes.Cast<ScoreResult>()], risk, progress);
    }
}

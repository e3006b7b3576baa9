namespace Hubs.Web.Features.Questionnaires;

/// <summary>
/// A diagnosis is met when every cluster has at least one item answered at or above the symptom threshold.
/// </summary>
public sealed record DiagnosticRule(Band Diagnosis, IReadOnlyList<IReadOnlyList<string>> Clusters)
{
    public bool IsMet(IReadOnlyDictionary<string, int> answers, int symptomPresentAt) =>
        Clusters.All(cluster =>
            cluster.Any(item => answers.TryGetValue(item, out var value) && value >= symptomPresentAt)
        );
}

/// <summary>
/// Rules listed most specific first: the first one met is the result, so a more specific diagnosis replaces
/// the one it includes (ITQ: complex PTSD replaces PTSD).
/// </summary>
public sealed record DiagnosticRules(
    int SymptomPresentAt,
    IReadOnlyList<DiagnosticRule> MostSpecificFirst,
    Band NoneMet
) : Banding
{
    public override Band Classify(int total, IReadOnlyDictionary<string, int> answers, ScoringOptions options) =>
        MostSpecificFirst.FirstOrDefault(rule => rule.IsMet(answers, SymptomPresentAt))?.Diagnosis ?? NoneMet;

    public override IReadOnlyList<Band> Bands => [NoneMet, .. MostSpecificFirst.Select(r => r.Diagnosis).Reverse()];

    /// <summary>A diagnosis depends on which items were answered how, not on the total: no line to draw.</summary>
    public override IReadOnlyList<(int At, Band Band)> Thresholds(ScoringOptions options) => [];
}

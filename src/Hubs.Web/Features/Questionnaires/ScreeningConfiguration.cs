namespace Hubs.Web.Features.Questionnaires;

/// <summary>
/// A Hub's screening settings: which optional measures (PCL-5, ITQ, ISI, WSAS) follow the brief screens, in
/// the order listed, and its scoring options.
/// </summary>
public sealed record ScreeningConfiguration(IReadOnlyList<MeasureId> OptionalMeasures, ScoringOptions Scoring)
{
    public static ScreeningConfiguration Default { get; } = new([], ScoringOptions.Default);

    public IReadOnlyList<QuestionnaireProblem> Check()
    {
        ArgumentNullException.ThrowIfNull(OptionalMeasures);
        ArgumentNullException.ThrowIfNull(Scoring);
        var notOptional = OptionalMeasures
            .Distinct()
            .Where(m => Catalogue.Get(m).Role != ScreeningRole.Optional)
            .Select(m =>
                Problem(
                    m,
                    $"{Catalogue.Get(m).Name} is already part of screening; it cannot be added as an optional measure."
                )
            );
        var repeated = OptionalMeasures
            .GroupBy(m => m)
            .Where(g => g.Count() > 1)
            .Select(g => Problem(g.Key, $"{Catalogue.Get(g.Key).Name} is listed more than once."));
        return [.. notOptional, .. repeated, .. Scoring.Check()];
    }

    private static QuestionnaireProblem Problem(MeasureId measure, string message) =>
        new(measure, null, ProblemKind.InvalidConfiguration, message);
}

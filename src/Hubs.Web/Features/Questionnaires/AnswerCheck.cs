namespace Hubs.Web.Features.Questionnaires;

/// <summary>The one place answers are checked against items, for scoring and for screening alike.</summary>
internal static class AnswerCheck
{
    /// <summary>Answers to items not in <paramref name="expected"/>, and values an item does not allow.</summary>
    public static IEnumerable<QuestionnaireProblem> Values(
        MeasureDefinition measure,
        IReadOnlyList<ItemDefinition> expected,
        IReadOnlyDictionary<string, int> answers
    )
    {
        foreach (var itemId in answers.Keys.Where(id => expected.All(i => i.Id != id)).Order(StringComparer.Ordinal))
        {
            yield return new(
                measure.Id,
                itemId,
                ProblemKind.UnexpectedItem,
                $"{measure.Name} does not expect an answer to item '{itemId}' here."
            );
        }

        foreach (var item in expected.Where(i => answers.TryGetValue(i.Id, out var v) && !i.Allows(v)))
        {
            yield return new(
                measure.Id,
                item.Id,
                ProblemKind.ValueNotAllowed,
                $"{measure.Name} item '{item.Id}' was answered "
                    + $"{answers[item.Id]}, which is not one of its allowed values "
                    + $"({string.Join(", ", item.Options.Select(o => o.Value))})."
            );
        }
    }

    public static IEnumerable<QuestionnaireProblem> Missing(
        MeasureDefinition measure,
        IReadOnlyList<ItemDefinition> required,
        IReadOnlyDictionary<string, int> answers
    ) =>
        required
            .Where(i => !answers.ContainsKey(i.Id))
            .Select(i => new QuestionnaireProblem(
                measure.Id,
                i.Id,
                ProblemKind.MissingAnswer,
                $"{measure.Name} item '{i.Id}' has no answer."
            ));

    /// <summary>The highest risk any answered risk item raises.</summary>
    public static RiskLevel Risk(IEnumerable<ItemDefinition> items, IReadOnlyDictionary<string, int> answers) =>
        items
            .Where(i => i.Risk is not null && answers.ContainsKey(i.Id))
            .Select(i => i.Risk!.Assess(answers[i.Id]))
            .DefaultIfEmpty(RiskLevel.None)
            .Max();
}

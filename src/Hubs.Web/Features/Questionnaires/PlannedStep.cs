namespace Hubs.Web.Features.Questionnaires;

/// <summary>One page of screening: some items of one measure, recorded under that measure.</summary>
internal sealed record PlannedStep(MeasureId Measure, IReadOnlyList<ItemDefinition> Items)
{
    public IReadOnlyList<ItemDefinition> Unanswered(ScreeningAnswers answers)
    {
        var given = answers.For(Measure);
        return [.. Items.Where(i => !given.ContainsKey(i.Id))];
    }
}

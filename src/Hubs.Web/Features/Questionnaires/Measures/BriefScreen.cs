namespace Hubs.Web.Features.Questionnaires.Measures;

/// <summary>
/// A brief screen made of a full measure's first two items (same ids and instruction), scored 0–6 and positive at 3,
/// which leads on to the full measure: PHQ-2 of PHQ-9, GAD-2 of GAD-7.
/// </summary>
internal static class BriefScreen
{
    private const int PositiveAt = 3;

    public static TotalBands Bands(int positiveAt, int max) =>
        new([
            new(0, positiveAt - 1, new("negative", "Negative screen")),
            new(positiveAt, max, new("positive", "Positive screen")),
        ]);

    public static MeasureDefinition Of(MeasureDefinition full, MeasureId id, string name)
    {
        ArgumentNullException.ThrowIfNull(full);
        var items = full.Items.Take(2).ToList();
        return new(
            id,
            name,
            full.Instruction,
            ScreeningRole.BriefScreen,
            items,
            Bands(PositiveAt, items.Sum(i => i.MaxValue)),
            FollowUp: new FollowUp(full.Id, At: PositiveAt)
        );
    }
}

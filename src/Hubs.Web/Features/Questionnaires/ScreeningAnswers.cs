namespace Hubs.Web.Features.Questionnaires;

/// <summary>
/// The answers recorded so far, by the measure each step asked (a step's answers go under its measure, item id
/// → value). Saving is storing this; resuming is passing it to <see cref="ScreeningPlan.Next"/> again.
/// </summary>
public sealed record ScreeningAnswers(
    ScreeningSource Source,
    IReadOnlyDictionary<MeasureId, IReadOnlyDictionary<string, int>> ByMeasure
)
{
    public static ScreeningAnswers None(ScreeningSource source) =>
        new(source, new Dictionary<MeasureId, IReadOnlyDictionary<string, int>>());

    /// <summary>These answers plus one step's; an item answered again takes the new value.</summary>
    public ScreeningAnswers Record(MeasureId measure, IReadOnlyDictionary<string, int> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var merged = new Dictionary<string, int>(For(measure), StringComparer.Ordinal);
        foreach (var (item, value) in answers)
        {
            merged[item] = value;
        }

        return this with
        {
            ByMeasure = new Dictionary<MeasureId, IReadOnlyDictionary<string, int>>(ByMeasure) { [measure] = merged },
        };
    }

    public IReadOnlyDictionary<string, int> For(MeasureId measure) =>
        ByMeasure.TryGetValue(measure, out var answers) ? answers : new Dictionary<string, int>();
}

namespace Hubs.Web.Features.Questionnaires.Measures;

/// <summary>GAD-7 and its brief screen GAD-2 (its first two items, same ids).</summary>
internal static class Anxiety
{
    private const string Instruction =
        "Over the last 2 weeks, how often have you been bothered by the following problems?";

    private static readonly IReadOnlyList<ItemDefinition> Items =
    [
        new("gad7.1", "Feeling nervous, anxious or on edge", AnswerScales.HowOften),
        new("gad7.2", "Not being able to stop or control worrying", AnswerScales.HowOften),
        new("gad7.3", "Worrying too much about different things", AnswerScales.HowOften),
        new("gad7.4", "Trouble relaxing", AnswerScales.HowOften),
        new("gad7.5", "Being so restless that it is hard to sit still", AnswerScales.HowOften),
        new("gad7.6", "Becoming easily annoyed or irritable", AnswerScales.HowOften),
        new("gad7.7", "Feeling afraid as if something awful might happen", AnswerScales.HowOften),
    ];

    public static readonly MeasureDefinition Gad7 = new(
        MeasureId.Gad7,
        "GAD-7",
        Instruction,
        ScreeningRole.FullMeasure,
        Items,
        new TotalBands([
            new(0, 4, new("minimal", "Minimal")),
            new(5, 9, new("mild", "Mild")),
            new(10, 14, new("moderate", "Moderate")),
            new(15, 21, new("severe", "Severe")),
        ]),
        CasenessAt: 8
    );

    public static readonly MeasureDefinition Gad2 = BriefScreen.Of(Gad7, MeasureId.Gad2, "GAD-2");
}

namespace Hubs.Web.Features.Questionnaires.Measures;

/// <summary>PHQ-9 and its brief screen PHQ-2 (its first two items, same ids).</summary>
internal static class Depression
{
    private const string Instruction =
        "Over the last 2 weeks, how often have you been bothered by any of the following problems?";

    private static readonly IReadOnlyList<ItemDefinition> Items =
    [
        new("phq9.1", "Little interest or pleasure in doing things", AnswerScales.HowOften),
        new("phq9.2", "Feeling down, depressed, or hopeless", AnswerScales.HowOften),
        new("phq9.3", "Trouble falling or staying asleep, or sleeping too much", AnswerScales.HowOften),
        new("phq9.4", "Feeling tired or having little energy", AnswerScales.HowOften),
        new("phq9.5", "Poor appetite or overeating", AnswerScales.HowOften),
        new(
            "phq9.6",
            "Feeling bad about yourself — or that you are a failure or have let yourself or your family down",
            AnswerScales.HowOften
        ),
        new(
            "phq9.7",
            "Trouble concentrating on things, such as reading the newspaper or watching television",
            AnswerScales.HowOften
        ),
        new(
            "phq9.8",
            "Moving or speaking so slowly that other people could have noticed? Or the opposite "
                + "— being so fidgety or restless that you have been moving around a lot more than usual",
            AnswerScales.HowOften
        ),
        new(
            "phq9.9",
            "Thoughts that you would be better off dead or of hurting yourself in some way",
            AnswerScales.HowOften,
            new RiskRule(FlagAt: 1, UrgentAt: 2)
        ),
    ];

    public static readonly MeasureDefinition Phq9 = new(
        MeasureId.Phq9,
        "PHQ-9",
        Instruction,
        ScreeningRole.FullMeasure,
        Items,
        new TotalBands([
            new(0, 4, new("minimal", "Minimal")),
            new(5, 9, new("mild", "Mild")),
            new(10, 14, new("moderate", "Moderate")),
            new(15, 19, new("moderately-severe", "Moderately severe")),
            new(20, 27, new("severe", "Severe")),
        ]),
        CasenessAt: 10
    );

    public static readonly MeasureDefinition Phq2 = BriefScreen.Of(Phq9, MeasureId.Phq2, "PHQ-2");
}

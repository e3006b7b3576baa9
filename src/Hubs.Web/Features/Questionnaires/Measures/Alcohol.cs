namespace Hubs.Web.Features.Questionnaires.Measures;

/// <summary>AUDIT and its brief screen AUDIT-C (its first three items, same ids). Drinks are UK units.</summary>
internal static class Alcohol
{
    private const string Instruction = "These questions are about your drinking over the last year.";

    private static readonly IReadOnlyList<ItemDefinition> Items =
    [
        new(
            "audit.1",
            "How often you have a drink containing alcohol",
            [
                new(0, "Never"),
                new(1, "Once a month or less"),
                new(2, "2 to 4 times a month"),
                new(3, "2 or 3 times a week"),
                new(4, "4 or more times a week"),
            ]
        ),
        new(
            "audit.2",
            "Units of alcohol on a typical day when you drink",
            [new(0, "0 to 2"), new(1, "3 or 4"), new(2, "5 or 6"), new(3, "7 to 9"), new(4, "10 or more")]
        ),
        new(
            "audit.3",
            "How often you have 6 or more units (women) or 8 or more (men) on one occasion",
            AnswerScales.YearlyFrequency
        ),
        new(
            "audit.4",
            "How often you found you could not stop drinking once you had started",
            AnswerScales.YearlyFrequency
        ),
        new(
            "audit.5",
            "How often drinking stopped you doing what was normally expected of you",
            AnswerScales.YearlyFrequency
        ),
        new(
            "audit.6",
            "How often you needed a drink in the morning to get going after heavy drinking",
            AnswerScales.YearlyFrequency
        ),
        new("audit.7", "How often you felt guilty or regretful after drinking", AnswerScales.YearlyFrequency),
        new(
            "audit.8",
            "How often you could not remember the night before because of drinking",
            AnswerScales.YearlyFrequency
        ),
        new(
            "audit.9",
            "Whether you or someone else has been injured because of your drinking",
            AnswerScales.NoOrYesWhen
        ),
        new(
            "audit.10",
            "Whether someone close, or a health worker, has been concerned about your drinking",
            AnswerScales.NoOrYesWhen
        ),
    ];

    public static readonly MeasureDefinition Audit = new(
        MeasureId.Audit,
        "AUDIT",
        Instruction,
        ScreeningRole.FullMeasure,
        Items,
        new TotalBands([
            new(0, 7, new("lower-risk", "Lower risk")),
            new(8, 15, new("increasing-risk", "Increasing risk")),
            new(16, 19, new("higher-risk", "Higher risk")),
            new(20, 40, new("possible-dependence", "Possible dependence")),
        ])
    );

    public static readonly MeasureDefinition AuditC = new(
        MeasureId.AuditC,
        "AUDIT-C",
        Instruction,
        ScreeningRole.BriefScreen,
        [.. Items.Take(3)],
        BriefScreen.Bands(positiveAt: 5, max: 12),
        FollowUp: new FollowUp(MeasureId.Audit, At: 5)
    );
}

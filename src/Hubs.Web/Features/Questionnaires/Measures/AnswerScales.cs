namespace Hubs.Web.Features.Questionnaires.Measures;

/// <summary>
/// Answer scales several items share; the values are the published scoring. The PHQ and GAD scale uses the
/// published wording (free to reproduce); the others are our own wording.
/// </summary>
internal static class AnswerScales
{
    /// <summary>PHQ and GAD items: how often, over the last two weeks (0–3).</summary>
    public static readonly IReadOnlyList<AnswerOption> HowOften =
    [
        new(0, "Not at all"),
        new(1, "Several days"),
        new(2, "More than half the days"),
        new(3, "Nearly every day"),
    ];

    /// <summary>PCL-5, ITQ and several ISI items: how much (0–4).</summary>
    public static readonly IReadOnlyList<AnswerOption> HowMuch =
    [
        new(0, "Not at all"),
        new(1, "Slightly"),
        new(2, "Moderately"),
        new(3, "Very much"),
        new(4, "Extremely"),
    ];

    /// <summary>ISI sleep difficulty (0–4).</summary>
    public static readonly IReadOnlyList<AnswerOption> Severity =
    [
        new(0, "None"),
        new(1, "Mild"),
        new(2, "Moderate"),
        new(3, "Severe"),
        new(4, "Very severe"),
    ];

    /// <summary>AUDIT items 3–8: how often, over the last year (0–4).</summary>
    public static readonly IReadOnlyList<AnswerOption> YearlyFrequency =
    [
        new(0, "Never"),
        new(1, "Less than once a month"),
        new(2, "Once a month"),
        new(3, "Once a week"),
        new(4, "Every day or nearly"),
    ];

    /// <summary>AUDIT items 9–10 score only 0, 2 or 4.</summary>
    public static readonly IReadOnlyList<AnswerOption> NoOrYesWhen =
    [
        new(0, "No"),
        new(2, "Yes, but not in the last year"),
        new(4, "Yes, in the last year"),
    ];

    /// <summary>WSAS: 0 (not impaired at all) to 8 (very severely impaired); the even points are labelled.</summary>
    public static readonly IReadOnlyList<AnswerOption> Impairment =
    [
        new(0, "Not at all"),
        new(1, "1"),
        new(2, "Slightly"),
        new(3, "3"),
        new(4, "Definitely"),
        new(5, "5"),
        new(6, "Markedly"),
        new(7, "7"),
        new(8, "Very severely"),
    ];
}

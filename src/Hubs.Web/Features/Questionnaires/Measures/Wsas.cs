namespace Hubs.Web.Features.Questionnaires.Measures;

/// <summary>Work and Social Adjustment Scale: 5 items 0–8.</summary>
internal static class Wsas
{
    public static readonly MeasureDefinition Definition = new(
        MeasureId.Wsas,
        "WSAS",
        "Because of the problems you are seeking help with, how much is each of these affected?",
        ScreeningRole.Optional,
        [
            new("wsas.1", "Your ability to work", AnswerScales.Impairment),
            new("wsas.2", "Looking after your home", AnswerScales.Impairment),
            new("wsas.3", "Social activities with other people", AnswerScales.Impairment),
            new("wsas.4", "Things you enjoy doing on your own", AnswerScales.Impairment),
            new("wsas.5", "Forming and keeping close relationships", AnswerScales.Impairment),
        ],
        new TotalBands([
            new(0, 9, new("subclinical", "Subclinical")),
            new(10, 20, new("significant", "Significant impairment")),
            new(21, 40, new("moderately-severe-or-worse", "Moderately severe impairment or worse")),
        ])
    );
}

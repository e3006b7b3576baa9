namespace Hubs.Web.Features.Questionnaires.Measures;

/// <summary>Insomnia Severity Index: 7 items 0–4.</summary>
internal static class Isi
{
    public static readonly MeasureDefinition Definition = new(
        MeasureId.Isi,
        "ISI",
        "Thinking of your sleep over the last two weeks:",
        ScreeningRole.Optional,
        [
            new("isi.1", "Difficulty falling asleep", AnswerScales.Severity),
            new("isi.2", "Difficulty staying asleep", AnswerScales.Severity),
            new("isi.3", "Waking up too early", AnswerScales.Severity),
            new(
                "isi.4",
                "How dissatisfied you are with your sleep at the moment",
                [
                    new(0, "Very satisfied"),
                    new(1, "Satisfied"),
                    new(2, "Neither"),
                    new(3, "Dissatisfied"),
                    new(4, "Very dissatisfied"),
                ]
            ),
            new("isi.5", "How far others can notice your sleep problem affecting your life", AnswerScales.HowMuch),
            new("isi.6", "How worried or distressed you are about your sleep", AnswerScales.HowMuch),
            new("isi.7", "How much your sleep problem gets in the way of daily life", AnswerScales.HowMuch),
        ],
        new TotalBands([
            new(0, 7, new("none", "No clinically significant insomnia")),
            new(8, 14, new("subthreshold", "Subthreshold insomnia")),
            new(15, 21, new("moderate", "Moderate insomnia")),
            new(22, 28, new("severe", "Severe insomnia")),
        ])
    );
}

namespace Hubs.Web.Features.Questionnaires.Measures;

/// <summary>
/// PCL-5: 20 items 0–4; probable PTSD at or above the Hub's cut-off (see <see cref="ScoringOptions"/>).
/// </summary>
internal static class Pcl5
{
    private static readonly string[] Texts =
    [
        "Unwanted, upsetting memories of the experience",
        "Upsetting dreams about it",
        "Suddenly feeling or acting as if it were happening again",
        "Feeling very upset when something reminds you of it",
        "Strong bodily reactions to reminders, such as a racing heart or sweating",
        "Pushing away memories, thoughts or feelings about it",
        "Keeping away from people, places or situations that remind you of it",
        "Trouble remembering important parts of it",
        "Strong negative beliefs about yourself, other people or the world",
        "Blaming yourself or someone else for it or what followed",
        "Strong negative feelings such as fear, horror, anger, guilt or shame",
        "Losing interest in things you used to enjoy",
        "Feeling distant or cut off from other people",
        "Finding it hard to have positive feelings",
        "Irritability, angry outbursts or acting aggressively",
        "Taking too many risks or doing things that could cause you harm",
        "Being over-alert, watchful or on guard",
        "Feeling jumpy or easily startled",
        "Finding it hard to concentrate",
        "Trouble getting to sleep or staying asleep",
    ];

    public static readonly MeasureDefinition Definition = new(
        MeasureId.Pcl5,
        "PCL-5",
        "Thinking of a very stressful experience, how much have you been troubled by the following in the last month?",
        ScreeningRole.Optional,
        [.. Texts.Select((text, i) => new ItemDefinition($"pcl5.{i + 1}", text, AnswerScales.HowMuch))],
        new ConfiguredCutOff(new("below-cut-off", "Below the cut-off"), new("probable-ptsd", "Probable PTSD"))
    );
}

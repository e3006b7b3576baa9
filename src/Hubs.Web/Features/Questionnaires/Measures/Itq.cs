namespace Hubs.Web.Features.Questionnaires.Measures;

/// <summary>
/// ITQ: PTSD items P1–P6 with their functional impairment P7–P9, disturbances in self-organisation C1–C6 with
/// theirs C7–C9. Read by its diagnostic rules (<see cref="ItqRules"/>); its total is only the sum of answers.
/// </summary>
internal static class Itq
{
    private static readonly (string Id, string Text)[] Texts =
    [
        ("itq.p1", "Upsetting dreams that replay part of the experience"),
        ("itq.p2", "Vivid images or memories that make it feel as if it is happening again now"),
        ("itq.p3", "Avoiding thoughts, feelings or sensations that remind you of it"),
        ("itq.p4", "Avoiding people, places, conversations or activities that remind you of it"),
        ("itq.p5", "Being on guard, watchful or super-alert"),
        ("itq.p6", "Feeling jumpy or easily startled"),
        ("itq.p7", "Those problems have affected your relationships or social life"),
        ("itq.p8", "Those problems have affected your work or ability to work"),
        ("itq.p9", "Those problems have affected another important part of your life"),
        ("itq.c1", "When upset, taking a long time to calm down"),
        ("itq.c2", "Feeling numb or emotionally shut down"),
        ("itq.c3", "Feeling like a failure"),
        ("itq.c4", "Feeling worthless"),
        ("itq.c5", "Feeling distant or cut off from people"),
        ("itq.c6", "Finding it hard to stay emotionally close to people"),
        ("itq.c7", "These feelings have affected your relationships or social life"),
        ("itq.c8", "These feelings have affected your work or ability to work"),
        ("itq.c9", "These feelings have affected another important part of your life"),
    ];

    public static readonly MeasureDefinition Definition = new(
        MeasureId.Itq,
        "ITQ",
        "Thinking of your most troubling experience, how much "
            + "have you been troubled by the following in the last month?",
        ScreeningRole.Optional,
        [.. Texts.Select(t => new ItemDefinition(t.Id, t.Text, AnswerScales.HowMuch))],
        ItqRules.Banding
    );
}

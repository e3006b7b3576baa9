namespace Hubs.Web.Features.Journeys.GivingExperienceFeedback;

/// <summary>One statement of the experience questionnaire, answered on a 5-point agreement scale.</summary>
public sealed record ExperienceItem(string Id, string Statement);

/// <summary>
/// The Hub's own short experience questionnaire (PEQ-style, our wording): five statements, each answered from
/// 0 "strongly disagree" to 4 "strongly agree". An answer of 3 or 4 counts as positive.
/// </summary>
public static class ExperienceItems
{
    public const int Highest = 4;
    public const int PositiveFrom = 3;

    public static IReadOnlyList<ExperienceItem> All { get; } =
    [
        new("heard", "The people at the Hub listened to me and took what I said seriously."),
        new("respected", "I was treated with respect and understanding."),
        new("choices", "I had a say in the support I was offered."),
        new("fits", "The support fits what I am going through."),
        new("private", "I trust that what I told the Hub stays private from my employer."),
    ];

    public static IReadOnlyList<string> Scale { get; } =
    ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"];
}

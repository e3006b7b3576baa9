using Hubs.Web.Features.Shared;

namespace Hubs.Web.Features.Wording.Keyworker;

/// <summary>The keyworker's words for the experience questionnaire and research contact (issue 19).</summary>
public static partial class KeyworkerWords
{
    public static string ExperienceIntro(EvaluationOccasion occasion) =>
        occasion switch
        {
            EvaluationOccasion.Assessment => "Tell us how your assessment with the Hub went.",
            EvaluationOccasion.Discharge => "Your support from the Hub has ended: tell us how it went.",
            _ => throw Unnamed(occasion),
        };

    public static string ExperienceLink(EvaluationOccasion occasion) =>
        occasion switch
        {
            EvaluationOccasion.Assessment => "Tell us about your assessment (optional, about a minute)",
            EvaluationOccasion.Discharge => "Tell us about your support (optional, about a minute)",
            _ => throw Unnamed(occasion),
        };

    public static string ResearchConsent(bool? consented) =>
        consented switch
        {
            true => "You have agreed that we may contact you about research.",
            false => "You have said we may not contact you about research.",
            null => "You have not told us whether we may contact you about research.",
        };

    public static IReadOnlyList<Choice> ResearchChoices { get; } =
    [new("yes", "Yes, you may contact me about research"), new("no", "No, do not contact me about research")];
}

namespace Hubs.Contracts.Journeys;

/// <summary>
/// The keyworker answered the experience questionnaire at assessment or discharge (<see cref="EvaluationCodes"/>):
/// the overall rating code and how many statements were answered, and answered positively. Never an item's answer.
/// </summary>
public sealed record ExperienceGiven(
    string JourneyKey,
    string HubId,
    long StreamVersion,
    string IsoWeek,
    string Month,
    string Occasion,
    string Overall,
    int ItemsAnswered,
    int PositiveItems
) : IJourneyMilestone;

/// <summary>
/// Work outcomes at assessment or discharge: sick days for mental health in the last 4 weeks (0–28), work status
/// and leaving codes (<see cref="EvaluationCodes"/>). A later one of the same occasion (higher version) replaces it.
/// </summary>
public sealed record WorkOutcomesMeasured(
    string JourneyKey,
    string HubId,
    long StreamVersion,
    string IsoWeek,
    string Month,
    string Occasion,
    int SickDays,
    string WorkStatus,
    string Leaving
) : IJourneyMilestone;

/// <summary>The presenting themes coded at assessment (codes only); a later coding replaces the earlier one.</summary>
public sealed record ThemesCoded(
    string JourneyKey,
    string HubId,
    long StreamVersion,
    string IsoWeek,
    string Month,
    IReadOnlyList<string> Themes
) : IJourneyMilestone;

using Hubs.Web.Features.Privacy;

namespace Hubs.Web.Features.Journeys.Events;

/// <summary>
/// The clinician's coding of what brought the keyworker to the Hub. Codes only: the keyworker's own words stay in
/// the sealed referral and assessment notes. A later coding replaces the earlier one.
/// </summary>
public sealed record PresentingThemesCoded(
    Guid JourneyId,
    DateTimeOffset CodedAt,
    Guid ClinicianId,
    IReadOnlyList<PresentingTheme> Themes
) : IJourneyEvent;

/// <summary>
/// Work outcomes at assessment or discharge: days off sick for mental health in the last 4 weeks (0–28), work
/// status and intention to leave, all coded. A later record of the same occasion replaces the earlier one.
/// </summary>
public sealed record WorkOutcomesRecorded(
    Guid JourneyId,
    DateTimeOffset RecordedAt,
    Guid ClinicianId,
    EvaluationOccasion Occasion,
    int SickDays,
    WorkStatus Status,
    LeavingIntention Leaving
) : IJourneyEvent;

/// <summary>The keyworker gave (true) or withdrew (false) consent to be contacted about research.</summary>
public sealed record ResearchContactConsentChanged(Guid JourneyId, DateTimeOffset ChangedAt, bool Consented)
    : IJourneyEvent;

/// <summary>
/// The keyworker's experience questionnaire at assessment or discharge: the item answers are sealed (their own
/// view of the people who helped them); the overall rating and how many items were answered positively are facts.
/// </summary>
public sealed record ExperienceQuestionnaireCompleted(
    Guid JourneyId,
    DateTimeOffset CompletedAt,
    EvaluationOccasion Occasion,
    Personal<Dictionary<string, int>> Answers,
    ExperienceRating Overall,
    int ItemsAnswered,
    int PositiveItems
) : IJourneyEvent;

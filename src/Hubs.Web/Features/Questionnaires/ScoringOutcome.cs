namespace Hubs.Web.Features.Questionnaires;

/// <summary>Either a <see cref="ScoreResult"/> or a <see cref="ScoringError"/>.</summary>
public abstract record ScoringOutcome;

/// <summary>
/// A scored measure. <see cref="AtCaseness"/> is null where the measure defines no caseness;
/// <see cref="Risk"/> is the highest risk any of its items raised.
/// </summary>
public sealed record ScoreResult(MeasureId Measure, int Total, Band Band, bool? AtCaseness, RiskLevel Risk)
    : ScoringOutcome;

/// <summary>Answers that cannot be scored, with every problem found (not just the first).</summary>
public sealed record ScoringError(MeasureId Measure, IReadOnlyList<QuestionnaireProblem> Problems) : ScoringOutcome;

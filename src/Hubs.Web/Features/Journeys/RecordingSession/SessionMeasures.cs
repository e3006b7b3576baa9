using Hubs.Web.Features.Questionnaires;

namespace Hubs.Web.Features.Journeys.RecordingSession;

/// <summary>
/// A session's totals, PHQ-9 item 9 and the highest risk its answers raised, or the problems with the answers.
/// </summary>
public sealed record SessionMeasures(
    int Phq9Total,
    int Gad7Total,
    RiskLevel Risk,
    string? Problems,
    int? Phq9Item9 = null
)
{
    /// <summary>
    /// PHQ-9 item 9, the self-harm question, and its risk rule (any answer above 0 flags, 2 or 3 is urgent).
    /// </summary>
    public static ItemDefinition Item9 { get; } = Catalogue.Get(MeasureId.Phq9).Items.Single(i => i.Risk is not null);

    /// <summary>
    /// Answers, where given, win over totals (and over a separately given item 9): the engine scores them exactly.
    /// </summary>
    public static SessionMeasures From(RecordSession command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var phq9 = command.Phq9Answers is null ? null : Scoring.Score(MeasureId.Phq9, command.Phq9Answers);
        var gad7 = command.Gad7Answers is null ? null : Scoring.Score(MeasureId.Gad7, command.Gad7Answers);
        var problems = new[] { phq9, gad7 }
            .OfType<ScoringError>()
            .SelectMany(e => e.Problems)
            .Select(p => p.Message)
            .ToList();
        if (problems.Count > 0)
        {
            return new SessionMeasures(0, 0, RiskLevel.None, string.Join(" ", problems));
        }

        var phq9Result = phq9 as ScoreResult;
        var gad7Result = gad7 as ScoreResult;
        var item9 =
            command.Phq9Answers is not null && command.Phq9Answers.TryGetValue(Item9.Id, out var answered)
                ? answered
                : command.Phq9Item9;
        var item9Risk = item9 is { } value && Item9.Allows(value) ? Item9.Risk!.Assess(value) : RiskLevel.None;
        var risk = new[] { phq9Result?.Risk ?? RiskLevel.None, gad7Result?.Risk ?? RiskLevel.None, item9Risk }.Max();
        return new SessionMeasures(
            phq9Result?.Total ?? command.Phq9Total ?? 0,
            gad7Result?.Total ?? command.Gad7Total ?? 0,
            risk,
            null,
            item9
        );
    }
}

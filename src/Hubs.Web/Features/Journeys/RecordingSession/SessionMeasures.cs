using Hubs.Web.Features.Questionnaires;

namespace Hubs.Web.Features.Journeys.RecordingSession;

/// <summary>A session's totals and the highest risk its answers raised, or the problems with the answers.</summary>
public sealed record SessionMeasures(int Phq9Total, int Gad7Total, RiskLevel Risk, string? Problems)
{
    /// <summary>Answers, where given, win over totals: the engine scores them exactly.</summary>
    public static SessionMeasures From(RecordSession command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var phq9 = command.Phq9Answers is null ? null : Scoring.Score(MeasureId.Phq9, command.Phq9Answers);
        var gad7 = command.Gad7Answers is null ? null : Scoring.Score(MeasureId.Gad7, command.Gad7Answers);
        var problems = new[] { phq9, gad7 }.OfType<ScoringError>().SelectMany(e => e.Problems).Select(p => p.Message).ToList();
        if (problems.Count > 0)
        {
            return new SessionMeasures(0, 0, RiskLevel.None, string.Join(" ", problems));
        }

        var phq9Result = phq9 as ScoreResult;
        var gad7Result = gad7 as ScoreResult;
        var risk = new[] { phq9Result?.Risk ?? RiskLevel.None, gad7Result?.Risk ?? RiskLevel.None }.Max();
        return new SessionMeasures(phq9Result?.Total ?? command.Phq9Total ?? 0, gad7Result?.Total ?? command.Gad7Total ?? 0, risk, null);
    }
}

using Hubs.Web.Features.Journeys.AnsweringScreening;
using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Questionnaires;

namespace Hubs.Web.Features.Journeys.ReadingJourney;

/// <summary>
/// One screening question as answered; <c>Risk</c> is what the answer raised (the self-harm item only).
/// </summary>
public sealed record AnsweredItem(string Text, string Answer, RiskLevel Risk);

/// <summary>
/// A questionnaire's answered items with its scores (the brief screen's, and the full measure's when complete).
/// </summary>
public sealed record AnsweredMeasure(string Name, IReadOnlyList<string> Scores, IReadOnlyList<AnsweredItem> Items);

/// <summary>
/// The screening answers as the clinician reads them on the record and the triage page: every answered question,
/// grouped under its full measure, so a brief screen that stopped at PHQ-2 still shows the self-harm answer.
/// </summary>
public static class ScreeningAnswerView
{
    public static IReadOnlyList<AnsweredMeasure> From(IEnumerable<object> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var answers = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var saved in events.OfType<ScreeningAnswersSaved>())
        {
            foreach (var (item, value) in saved.Answers.Value ?? [])
            {
                answers[item] = value;
            }
        }

        return Catalogue
            .All.Where(m => m.Role != ScreeningRole.BriefScreen && m.Items.Any(i => answers.ContainsKey(i.Id)))
            .Select(m => new AnsweredMeasure(m.Name, Scores(m, answers), Items(m, answers)))
            .ToList();
    }

    private static List<AnsweredItem> Items(MeasureDefinition measure, Dictionary<string, int> answers) =>
        measure
            .Items.Where(i => answers.ContainsKey(i.Id))
            .Select(i => new AnsweredItem(
                i.Text,
                i.Options.FirstOrDefault(o => o.Value == answers[i.Id])?.Label
                    ?? answers[i.Id].ToString(System.Globalization.CultureInfo.InvariantCulture),
                i.Risk?.Assess(answers[i.Id]) ?? RiskLevel.None
            ))
            .ToList();

    /// <summary>Scores of the brief screen and the full measure, each only when all its items were answered.</summary>
    private static List<string> Scores(MeasureDefinition full, Dictionary<string, int> answers) =>
        Catalogue
            .All.Where(m => m.Id == full.Id || m.FollowUp?.Measure == full.Id)
            .Where(m => m.Items.All(i => answers.ContainsKey(i.Id)))
            .Select(m => Scoring.Score(m.Id, m.Items.ToDictionary(i => i.Id, i => answers[i.Id])))
            .OfType<ScoreResult>()
            .Select(r => $"{Catalogue.Get(r.Measure).Name} total {r.Total} ({r.Band.Label})")
            .ToList();
}

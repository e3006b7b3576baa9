using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Questionnaires;

namespace Hubs.Web.Features.Journeys.ReadModels;

/// <summary>
/// Every PHQ-9 and GAD-7 score of one journey in time order, for its trend charts, reliable change and the first and
/// last scores: the occasions that record totals (screening, assessment, sessions) and each questionnaire given on its
/// own, by a clinician (a review, a discharge) or by the keyworker before a session.
/// </summary>
public static class ScorePoints
{
    public static IReadOnlyList<MeasurePoint> Of(MeasureHistory? history)
    {
        if (history is null)
        {
            return [];
        }

        // A screening's results and a session's totals are points already; every other PHQ-9 and GAD-7 is added.
        var given = history
            .Results.Where(r => r.Measure is MeasureId.Phq9 or MeasureId.Gad7)
            .Where(r => r.Occasion != MeasureOccasion.Screening && !history.Points.Any(p => p.At == r.At))
            .GroupBy(r => (r.At, r.Occasion))
            .Select(g => new MeasurePoint(
                g.Key.At,
                g.Key.Occasion,
                null,
                g.FirstOrDefault(r => r.Measure == MeasureId.Phq9)?.Total,
                g.FirstOrDefault(r => r.Measure == MeasureId.Gad7)?.Total
            ));
        return [.. history.Points.Concat(given).OrderBy(p => p.At)];
    }
}

using Hubs.Web.Features.Questionnaires;

namespace Hubs.Web.Features.Journeys.ReadModels;

/// <summary>
/// Every result of one journey, oldest first, for the record, the queue and the keyworker's download.
/// </summary>
public static class MeasureResults
{
    /// <summary>
    /// The recorded results, plus the PHQ-9 and GAD-7 totals that only an assessment, a session or an older screening
    /// recorded (those events hold totals, not answers), banded the same way.
    /// </summary>
    public static IReadOnlyList<MeasureResult> All(MeasureHistory? history)
    {
        if (history is null)
        {
            return [];
        }

        var totalsOnly = history
            .Points.SelectMany(p => new[] { (p, MeasureId.Phq9, p.Phq9), (p, MeasureId.Gad7, p.Gad7) })
            .Where(t => t.Item3 is not null && !history.Results.Any(r => r.Measure == t.Item2 && r.At == t.p.At))
            .Select(t => FromTotal(t.p, t.Item2, t.Item3!.Value));
        return [.. history.Results.Concat(totalsOnly).OrderBy(r => r.At).ThenBy(r => r.Measure)];
    }

    private static MeasureResult FromTotal(MeasurePoint point, MeasureId measure, int total)
    {
        var definition = Catalogue.Get(measure);
        var band = definition.Banding.Classify(total, new Dictionary<string, int>(), ScoringOptions.Default);
        return new(
            point.At,
            measure,
            point.Occasion,
            total,
            band.Code,
            definition.CasenessAt is { } at ? total >= at : null
        );
    }
}

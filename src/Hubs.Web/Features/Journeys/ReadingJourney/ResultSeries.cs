using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Journeys.ReadModels;
using Hubs.Web.Features.Questionnaires;

namespace Hubs.Web.Features.Journeys.ReadingJourney;

/// <summary>
/// One measure's results on the record: the latest, the history, and a chart where bands have thresholds.
/// </summary>
public sealed record ResultSeries(
    MeasureId Measure,
    string Name,
    MeasureResult Latest,
    IReadOnlyList<MeasureResult> History,
    ResultChart? Chart
)
{
    /// <summary>
    /// Every measure with a result, in catalogue order; thresholds drawn at the Hub's options (its PCL-5 cut-off).
    /// </summary>
    public static IReadOnlyList<ResultSeries> Of(IReadOnlyList<MeasureResult> results, ScoringOptions options)
    {
        ArgumentNullException.ThrowIfNull(results);
        return
        [
            .. results
                .GroupBy(r => r.Measure)
                .OrderBy(g => g.Key)
                .Select(g =>
                {
                    var definition = Catalogue.Get(g.Key);
                    var history = g.ToList();
                    var thresholds = definition.Banding.Thresholds(options);
                    // PHQ-9 and GAD-7 have their own charts above this section, with reliable change marked: no second
                    // one.
                    var chart =
                        thresholds.Count == 0 || g.Key is MeasureId.Phq9 or MeasureId.Gad7
                            ? null
                            : ResultChart.For(
                                $"result-{g.Key.ToString().ToLowerInvariant()}",
                                definition.MaxTotal,
                                thresholds,
                                [.. history.Select(r => (ClinicWords.Of(r.Occasion), r.Total))]
                            );
                    return new ResultSeries(g.Key, definition.Name, history[^1], history, chart);
                }),
        ];
    }

    public string Result(MeasureResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var words = Catalogue.Get(Measure).BandLabel(result.Band);
        return result.AtCaseness == true ? $"{words} (at caseness)" : words;
    }

    /// <summary>The section's id on the record, named by the measure's code (an anchor, not wording).</summary>
    public string Anchor => "result-" + Measure.ToString().ToLowerInvariant();
}

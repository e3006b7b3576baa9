using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Questionnaires;

namespace Hubs.Web.Features.Journeys.ReadModels;

/// <summary>
/// A journey's screening in one line for the triage queue: each result ("PHQ-9 14 moderate · AUDIT-C 3 negative
/// screen"), a brief screen left out where its full measure was asked. Screening that found every brief screen
/// negative says so, rather than looking like screening never done.
/// </summary>
public sealed record ScreeningSummary(bool BriefScreensBelowThresholds, IReadOnlyList<string> Results)
{
    public const string BelowThresholds = "Screened — brief screens below thresholds";

    public static ScreeningSummary Of(MeasureHistory? history)
    {
        var screening = MeasureResults.All(history).Where(r => r.Occasion == MeasureOccasion.Screening).ToList();
        // PHQ-2 and GAD-2 are the first items of the full measure asked after them, so they add nothing beside it;
        // AUDIT-C is read in its own right (it decides whether AUDIT is asked), so it stays.
        var shown = screening.Where(r =>
            r.Measure == MeasureId.AuditC
            || Catalogue.Get(r.Measure).FollowUp is not { } f
            || screening.All(s => s.Measure != f.Measure)
        );
        var onward = screening.Any(r =>
            Catalogue.Get(r.Measure).Role == ScreeningRole.FullMeasure
            || (Catalogue.Get(r.Measure).FollowUp is not null && r.Band == "positive")
        );
        return new(!onward, [.. shown.Select(Words)]);
    }

    /// <summary>"PHQ-9 14 moderate"; a diagnosis stands alone ("ITQ complex PTSD"), its total means nothing.</summary>
    public static string Words(MeasureResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var definition = Catalogue.Get(result.Measure);
        var label = definition.BandLabel(result.Band);
        label = char.ToLowerInvariant(label[0]) + label[1..];
        return definition.Banding is DiagnosticRules
            ? $"{definition.Name} {label}"
            : $"{definition.Name} {result.Total} {label}";
    }
}

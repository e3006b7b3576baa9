using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Privacy;
using Hubs.Web.Features.Questionnaires;

namespace Hubs.Web.Features.Journeys.RecordingSession;

/// <summary>
/// A questionnaire besides PHQ-9 and GAD-7 that the keyworker answered before the session, as the clinician
/// confirmed (or corrected) it with them at the session: its total and, for a measure banded by diagnostic rules
/// rather than by total (ITQ), the result's band code.
/// </summary>
public sealed record ConfirmedMeasure(MeasureId Measure, int? Total, string? Band = null)
{
    /// <summary>Whether the band is chosen by the clinician (a diagnosis) rather than read from the total.</summary>
    public static bool BandIsChosen(MeasureId measure) => Catalogue.Get(measure).Banding is DiagnosticRules;

    /// <summary>
    /// The session's result, given by the clinician: banded from the confirmed total with the Hub's options (its
    /// PCL-5 cut-off) or as the clinician chose. No item answers: the clinician confirmed a total, not each item.
    /// </summary>
    public MeasureCompleted Result(Journey journey, ScoringOptions options, Guid clinicianId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(journey);
        var definition = Catalogue.Get(Measure);
        var total = Total ?? 0;
        var band = BandIsChosen(Measure)
            ? definition.Banding.Bands.Single(b => b.Code == Band)
            : definition.Banding.Classify(total, new Dictionary<string, int>(), options);
        return new MeasureCompleted(
            journey.Id,
            now,
            Measure,
            MeasureOccasion.Session,
            MeasureGivenBy.Clinician,
            clinicianId,
            Personal.Of(journey.SealedWith, new Dictionary<string, int>()),
            total,
            band.Code,
            definition.CasenessAt is { } casenessAt ? total >= casenessAt : null,
            RiskLevel.None
        );
    }
}

using Hubs.Contracts.Journeys;
using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.Events;
using JasperFx.Events;

namespace Hubs.Web.Features.Publishing;

/// <summary>
/// A completed questionnaire as codes: the measure, the occasion, the band and caseness, and the total only for the
/// measures published as scores. The sealed item answers, the clinician and who gave it are never read here.
/// </summary>
public sealed partial class MilestoneMapper
{
    private MeasureResultRecorded MeasureResult(IEvent recorded, JourneyMapping journey, MeasureCompleted e)
    {
        var measure = MeasureCaseness.Code(e.Measure);
        var total = MeasureCodes.Scored.Contains(measure) ? e.Total : (int?)null;
        return Stamp(recorded, journey, e.CompletedAt, (k, h, v, w, m) =>
            new MeasureResultRecorded(
                k,
                h,
                v,
                w,
                m,
                measure,
                OccasionCode(e.Occasion),
                e.Band,
                e.AtCaseness ?? MeasureCaseness.OfBand(e.Measure, e.Band),
                total
            )
        );
    }

    private static string OccasionCode(MeasureOccasion occasion) =>
        occasion switch
        {
            MeasureOccasion.Screening => "screening",
            MeasureOccasion.Assessment => "assessment",
            MeasureOccasion.Session => "session",
            MeasureOccasion.Review => "review",
            MeasureOccasion.Discharge => "discharge",
            MeasureOccasion.PreSession => "pre-session",
            _ => throw new ArgumentOutOfRangeException(nameof(occasion), occasion, null),
        };
}

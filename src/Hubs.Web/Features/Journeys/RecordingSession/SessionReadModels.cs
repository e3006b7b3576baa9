using Hubs.Web.Features.Journeys.ReadModels;
using Marten.Services.BatchQuerying;

namespace Hubs.Web.Features.Journeys.RecordingSession;

/// <summary>
/// The inline read models a recorded session folds (the caseload's count and last scores, the measure history, the
/// appointment's session mark in the diary and on the journey's summary), queued on the journey's batch. Loaded into
/// an identity session there, they are found by the inline projections at save; otherwise each projection loads its
/// own in a round trip of its own, four in all (benchmarks/SCALE.md). Nothing is read that the save would not have
/// read: the journey's version check at save refuses the write if anything moved on in between.
/// </summary>
internal static class SessionReadModels
{
    public static Task Preload(IBatchedQuery batch, Guid journeyId)
    {
        ArgumentNullException.ThrowIfNull(batch);
        return Task.WhenAll(
            batch.Load<CaseloadEntry>(journeyId),
            batch.Load<MeasureHistory>(journeyId),
            batch.Load<JourneyAppointments>(journeyId),
            batch.Load<JourneySummary>(journeyId)
        );
    }
}

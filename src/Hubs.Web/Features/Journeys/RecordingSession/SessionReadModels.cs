using Hubs.Web.Features.Journeys.ReadModels;
using Hubs.Web.Features.Privacy;
using Marten.Services.BatchQuerying;

namespace Hubs.Web.Features.Journeys.RecordingSession;

/// <summary>
/// The inline read models a recorded session folds (the caseload's count and last scores, the measure history, the
/// appointment's session mark in the diary and on the journey's summary), queued on the journey's batch. Loaded into
/// an identity session there, they are found by the inline projections at save; otherwise each projection loads its
/// own in a round trip of its own, four in all (benchmarks/SCALE.md). Nothing is read that the save would not have
/// read: the journey's version check at save refuses the write if anything moved on in between. The journey's data key
/// (the notes are sealed with it), when no longer cached, is read in the same batch, not looked up inside the JSON
/// converter at save; a journey sealed with its keyworker's key (older journeys) is still looked up there.
/// </summary>
internal static class SessionReadModels
{
    public static Task Preload(IBatchedQuery batch, Guid journeyId, KeyworkerKeys keys)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(keys);
        return Task.WhenAll(
            keys.PreloadAsync(batch, journeyId),
            batch.Load<CaseloadEntry>(journeyId),
            batch.Load<MeasureHistory>(journeyId),
            batch.Load<JourneyAppointments>(journeyId),
            batch.Load<JourneySummary>(journeyId)
        );
    }
}

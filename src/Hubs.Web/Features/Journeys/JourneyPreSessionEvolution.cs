using Hubs.Web.Features.Journeys.Events;

namespace Hubs.Web.Features.Journeys;

/// <summary>
/// The keyworker's answers before a session change no decision the snapshot serves (the slice folds them from the
/// stream, as screening does), but every event of the stream passes through the snapshot.
/// </summary>
public sealed partial record Journey
{
    public Journey Apply(PreSessionAnswersSaved e) => this;

    public Journey Apply(PreSessionMeasuresCompleted e) => this;
}

using Hubs.Web.Features.Privacy;
using Hubs.Web.Features.Questionnaires;

namespace Hubs.Web.Features.Journeys.Events;

/// <summary>
/// One page of the questions a keyworker answers before a session was saved (save-and-resume, as screening's
/// <see cref="ScreeningAnswersSaved"/>): item answers are health data, so they are sealed.
/// </summary>
public sealed record PreSessionAnswersSaved(
    Guid JourneyId,
    Guid AppointmentId,
    DateTimeOffset SavedAt,
    MeasureId Measure,
    Personal<Dictionary<string, int>> Answers
) : IJourneyEvent;

/// <summary>
/// The keyworker finished the Hub's session measures before this appointment; each result is its own
/// <see cref="MeasureCompleted"/> (occasion <see cref="MeasureOccasion.PreSession"/>) at the same time.
/// </summary>
public sealed record PreSessionMeasuresCompleted(Guid JourneyId, Guid AppointmentId, DateTimeOffset CompletedAt)
    : IJourneyEvent;

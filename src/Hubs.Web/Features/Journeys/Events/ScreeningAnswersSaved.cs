using Hubs.Web.Features.Privacy;
using Hubs.Web.Features.Questionnaires;

namespace Hubs.Web.Features.Journeys.Events;

/// <summary>
/// One screening step's answers were saved (save-and-resume). Item answers are health data about the
/// person, so they are sealed; the totals that matter for statistics land in <c>ScreeningCompleted</c>.
/// </summary>
public sealed record ScreeningAnswersSaved(
    Guid JourneyId,
    DateTimeOffset SavedAt,
    ScreeningSource Source,
    MeasureId Measure,
    Personal<Dictionary<string, int>> Answers
) : IJourneyEvent;

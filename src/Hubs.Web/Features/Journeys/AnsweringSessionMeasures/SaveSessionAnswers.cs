using Hubs.Web.Features.Questionnaires;

namespace Hubs.Web.Features.Journeys.AnsweringSessionMeasures;

/// <summary>
/// One page of the questions before a session, as the keyworker answered it: item id → value. A page saved for
/// later may leave questions out; the measure is recorded once every question of every session measure has an answer.
/// </summary>
public sealed record SaveSessionAnswers(Guid AppointmentId, MeasureId Measure, Dictionary<string, int> Answers);

using Hubs.Web.Features.Journeys.CheckingInWhileWaiting;
using Hubs.Web.Features.Privacy;

namespace Hubs.Web.Features.Journeys.Events;

/// <summary>
/// The keyworker answered the waiting-well check-in while waiting. How they are is health information about
/// them, so the answers are sealed with the journey's data key; a self-harm answer above none is also raised as a
/// <see cref="RiskFlagRaised"/> from <see cref="RiskSource.CheckIn"/>, as at screening.
/// </summary>
public sealed record WaitingWellCheckedIn(
    Guid JourneyId,
    DateTimeOffset AnsweredAt,
    Personal<WaitingWellAnswers> Answers
) : IJourneyEvent;

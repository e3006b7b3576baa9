using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Questionnaires;

namespace Hubs.Web.Features.Journeys.CompletingScreening;

public static class CompleteScreeningDecision
{
    /// <summary>Screening happens once, before triage; a raised risk is recorded as its own event.</summary>
    public static Decision Decide(Journey journey, CompleteScreening command, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(journey);
        ArgumentNullException.ThrowIfNull(command);
        if (journey.HasEnded)
        {
            return JourneyRules.Ended(journey);
        }

        if (journey.Status != JourneyStatus.Submitted)
        {
            return Decision.Refuse("already-screened", "Screening has already been completed for this journey.");
        }

        var risk = command.Risk ?? RiskLevel.None;
        var screened = new ScreeningCompleted(
            journey.Id,
            now,
            command.TakenBy ?? ScreeningTakenBy.Keyworker,
            command.Phq9Total,
            command.Gad7Total,
            risk
        );
        return risk == RiskLevel.None
            ? Decision.Accept(screened)
            : Decision.Accept(screened, new RiskFlagRaised(journey.Id, now, risk, RiskSource.Screening));
    }
}

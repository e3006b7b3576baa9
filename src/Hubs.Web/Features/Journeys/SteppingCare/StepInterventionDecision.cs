using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Privacy;

namespace Hubs.Web.Features.Journeys.SteppingCare;

public static class StepInterventionDecision
{
    /// <summary>
    /// The plan fixed at assessment can change at any review of an open journey; the direction (up, down, across)
    /// follows from the two interventions (<see cref="SteppedCare"/>), never from the caller.
    /// </summary>
    public static Decision Decide(Journey journey, StepIntervention command, Guid clinicianId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(journey);
        ArgumentNullException.ThrowIfNull(command);
        if (journey.HasEnded)
        {
            return JourneyRules.Ended(journey);
        }

        if (journey.Intervention is not { } from)
        {
            return Decision.Refuse("not-assessed", "The intervention is chosen at the assessment; record that first.");
        }

        var to = command.To ?? from;
        if (to == from)
        {
            return Decision.Refuse("same-intervention", "That is the intervention already planned: choose another.");
        }

        return Decision.Accept(
            new InterventionStepped(
                journey.Id,
                now,
                clinicianId,
                from,
                to,
                SteppedCare.Direction(from, to),
                command.Reason ?? StepReason.Other,
                Personal.Of(journey.SealedWith, (command.Reassessment ?? "").Trim())
            )
        );
    }
}

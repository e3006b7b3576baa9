using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Privacy;

namespace Hubs.Web.Features.Journeys.DischargingClient;

public static class DischargeClientDecision
{
    /// <summary>
    /// Any open journey can be discharged (no contact can happen before screening); a completed
    /// course needs at least one recorded session. An ended journey cannot be discharged again. Future
    /// appointments are cancelled by the Hub with it (<see cref="EndingCancellations"/>).
    /// </summary>
    public static Decision Decide(Journey journey, DischargeClient command, Guid clinicianId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(journey);
        ArgumentNullException.ThrowIfNull(command);
        if (journey.HasEnded)
        {
            return JourneyRules.Ended(journey);
        }

        var reason = command.Reason ?? DischargeReason.NoContact;
        if (reason == DischargeReason.Completed && journey.SessionsRecorded == 0)
        {
            return Decision.Refuse("no-sessions", "A course cannot be completed without a recorded treatment session.");
        }

        return EndingCancellations.With(
            journey,
            new ClientDischarged(
                journey.Id,
                now,
                clinicianId,
                reason,
                Personal.Text(journey.SealedWith, command.Summary)
            ),
            CancelledBy.Hub,
            now
        );
    }
}

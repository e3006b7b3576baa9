using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Journeys.ReferringOn;
using Hubs.Web.Features.Privacy;
using Hubs.Web.Features.ServiceDirectory;

namespace Hubs.Web.Features.Journeys.DischargingClient;

public static class DischargeClientDecision
{
    /// <summary>
    /// Any open journey can be discharged (no contact can happen before screening); a completed
    /// course needs at least one recorded session. An ended journey cannot be discharged again. Future
    /// appointments are cancelled by the Hub with it (<see cref="EndingCancellations"/>). Moved on to a service of
    /// the Hub's directory (<paramref name="movedOnTo"/>, loaded for the command's id) is recorded with it.
    /// </summary>
    public static Decision Decide(
        Journey journey,
        DischargeClient command,
        Guid clinicianId,
        DateTimeOffset now,
        ServiceListing? movedOnTo = null
    )
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

        var namesWhere = reason == DischargeReason.MovedOn && command.MovedOnTo is not null;
        if (namesWhere && ReferOnDecision.Unusable(journey, movedOnTo) is { } unusable)
        {
            return unusable;
        }

        var ending = EndingCancellations.With(
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
        return namesWhere
            ? Decision.Accept([
                .. ending.Events,
                new ClientMovedOnTo(journey.Id, now, movedOnTo!.Id, movedOnTo.Details.Kind),
            ])
            : ending;
    }
}

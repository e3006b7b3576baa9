using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Privacy;

namespace Hubs.Web.Features.Journeys.TriagingReferral;

public static class TriageReferralDecision
{
    /// <summary>
    /// Triage follows submission (screening is optional); an outcome other than assess closes the journey.
    /// </summary>
    public static Decision Decide(Journey journey, TriageReferral command, Guid clinicianId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(journey);
        ArgumentNullException.ThrowIfNull(command);
        if (journey.HasEnded)
        {
            return JourneyRules.Ended(journey);
        }

        if (journey.Status is not (JourneyStatus.Submitted or JourneyStatus.Screened))
        {
            return Decision.Refuse("already-triaged", "This referral has already been triaged.");
        }

        var outcome = command.Outcome ?? TriageOutcome.Assess;
        var signpostedTo = outcome == TriageOutcome.SignpostElsewhere ? command.SignpostedTo?.Trim() : null;
        return Decision.Accept(
            new ReferralTriaged(
                journey.Id,
                now,
                clinicianId,
                outcome,
                Personal.Of(journey.SealedWith, command.Reason.Trim()),
                SignpostedTo: null,
                Signposted: signpostedTo is null ? null : Personal.Of(journey.SealedWith, signpostedTo)
            )
        );
    }
}

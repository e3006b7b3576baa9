using Hubs.Web.Features.Journeys.Events;
using Hubs.Web.Features.Privacy;

namespace Hubs.Web.Features.Journeys.TakingReferralByPhone;

/// <summary>
/// Pure decisions on claiming a referral taken by phone: a code only for a journey still awaiting its keyworker, and
/// a claim only once. Which code was typed, and whether it is still usable, the claim page checks first.
/// </summary>
public static class ClaimDecisions
{
    public static Decision Issue(Journey journey, Guid staffId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(journey);
        if (journey.HasEnded)
        {
            return JourneyRules.Ended(journey);
        }

        return journey.AwaitingClaim
            ? Decision.Accept(new JourneyClaimCodeIssued(journey.Id, now, staffId, now + ClaimCodes.Lifetime))
            : Decision.Refuse(
                "not-awaiting-claim",
                "Only a referral taken by phone, and not yet claimed by the keyworker, can be given a claim code."
            );
    }

    public static Decision Claim(Journey journey, Guid keyworkerId, string? email, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(journey);
        return journey.AwaitingClaim && keyworkerId != Guid.Empty
            ? Decision.Accept(
                new JourneyClaimed(journey.Id, now, keyworkerId, Personal.Text(journey.SealedWith, email))
            )
            : Decision.Refuse("already-claimed", ClaimPageWords.NotValid);
    }
}

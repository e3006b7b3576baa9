namespace Hubs.Web.Features.Journeys.SubmittingSelfReferral;

/// <summary>A re-referral is a new journey linked to an earlier one that has ended.</summary>
public static class ReReferralRule
{
    public static Refusal? Check(IJourneyFacts? previous) =>
        previous switch
        {
            null => new Refusal(
                "no-such-previous-journey",
                "The earlier journey named in this referral does not exist."
            ),
            { HasEnded: false } => new Refusal(
                "previous-journey-open",
                "The earlier journey is still open; it must end before a re-referral."
            ),
            _ => null,
        };
}

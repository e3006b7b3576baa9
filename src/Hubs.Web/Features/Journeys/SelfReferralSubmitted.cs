using Hubs.Web.Features.Privacy;

namespace Hubs.Web.Features.Journeys;

/// <summary>
/// A keyworker referred themselves to a Hub: the first event of every journey stream. The person's
/// details are sealed with the keyworker's data key; the profile (coarse categories), Hub, time and
/// link to an earlier journey stay in clear for the anonymised statistics.
/// </summary>
public sealed record SelfReferralSubmitted(
    Guid JourneyId,
    string HubId,
    DateTimeOffset SubmittedAt,
    ReferralProfile Profile,
    Personal<PersonalDetails> Person,
    Consents Consents,
    Guid? PreviousJourneyId)
{
    /// <summary>Whose data key seals this journey's personal data (the same across re-referrals).</summary>
    public Guid KeyworkerId => Person.OwnerId;
}

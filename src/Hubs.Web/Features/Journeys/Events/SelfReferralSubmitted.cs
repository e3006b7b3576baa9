using Hubs.Web.Features.Journeys.ChangingContactPreferences;
using Hubs.Web.Features.Privacy;

namespace Hubs.Web.Features.Journeys.Events;

/// <summary>
/// A keyworker referred themselves to a Hub: the first event of every journey stream. The person's
/// details are sealed with the keyworker's data key; the profile (coarse categories), Hub, time and
/// link to an earlier journey stay in clear for the anonymised statistics. Contact-safety preferences,
/// and support preferences, when stated, are sealed too (absent on referrals made before they were carried here).
/// </summary>
public sealed record SelfReferralSubmitted(
    Guid JourneyId,
    string HubId,
    DateTimeOffset SubmittedAt,
    ReferralProfile Profile,
    Personal<PersonalDetails> Person,
    Consents Consents,
    Guid? PreviousJourneyId,
    Personal<ContactPreferences>? Contact = null,
    Guid? Keyworker = null,
    Personal<SupportPreferences>? Support = null,
    ReferralOrigin? Origin = null
) : IJourneyEvent
{
    /// <summary>
    /// The keyworker (the same across re-referrals). Referrals recorded before data keys were per journey
    /// have no <see cref="Keyworker"/>: their personal data was sealed with the keyworker's key, whose id it is.
    /// </summary>
    public Guid KeyworkerId => Keyworker ?? Person.OwnerId;
}

using Hubs.Web.Features.Contact.Preferences;
using Hubs.Web.Features.Privacy;

namespace Hubs.Web.Features.Journeys;

/// <summary>
/// A keyworker referred themselves to a Hub: the first event of every journey stream. The person's
/// details are sealed with the keyworker's data key; the profile (coarse categories), Hub, time and
/// link to an earlier journey stay in clear for the anonymised statistics. Contact-safety preferences,
/// when stated, are sealed too (absent on referrals made before they were carried here).
/// </summary>
public sealed record SelfReferralSubmitted(
    Guid JourneyId,
    string HubId,
    DateTimeOffset SubmittedAt,
    ReferralProfile Profile,
    Personal<PersonalDetails> Person,
    Consents Consents,
    Guid? PreviousJourneyId,
    Personal<ContactPreferences>? Contact = null)
{
    /// <summary>Whose data key seals this journey's personal data (the same across re-referrals).</summary>
    public Guid KeyworkerId => Person.OwnerId;
}

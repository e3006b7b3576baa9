using Hubs.Web.Features.Journeys.ChangingContactPreferences;

namespace Hubs.Web.Features.Journeys.SubmittingSelfReferral;

/// <summary>
/// A keyworker's self-referral, as posted to <c>POST /api/journeys</c>. Contact preferences are optional here
/// (the keyworker pages always ask); without them every contact is as cautious as it can be. A member of staff
/// given a hand-over code after an adverse event may send it, and link the journey to that event only if they
/// choose to (<c>LinkToAdverseEvent</c>).
/// </summary>
public sealed record SubmitSelfReferral(
    string HubId,
    string Name,
    string Email,
    string? Phone,
    string? Organisation,
    Sector? Sector,
    StaffGroup? StaffGroup,
    AgeBand? AgeBand,
    Sex? Sex,
    EthnicityGroup? EthnicityGroup,
    Disability? Disability,
    string HelpWith,
    bool ConsentToSupport,
    bool ResearchContact,
    Guid? PreviousJourneyId = null,
    ContactPreferences? Contact = null,
    SupportPreferences? Support = null,
    DateOnly? DateOfBirth = null,
    ReferralSource? HeardFrom = null,
    string? HandOverCode = null,
    bool LinkToAdverseEvent = false
);

/// <summary>What the caller gets back: where the journey lives and its state. No personal data.</summary>
public sealed record SubmittedJourney(Guid Id, JourneyStatus Status);

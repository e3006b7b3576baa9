namespace Hubs.Web.Features.Journeys;

/// <summary>A keyworker referred themselves to a Hub: the first event of every journey stream.</summary>
public sealed record SelfReferralSubmitted(
    Guid JourneyId,
    string HubId,
    DateTimeOffset SubmittedAt,
    ReferralProfile Profile,
    PersonalDetails Person,
    Consents Consents,
    Guid? PreviousJourneyId);

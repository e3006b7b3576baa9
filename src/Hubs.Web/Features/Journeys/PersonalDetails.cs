namespace Hubs.Web.Features.Journeys;

/// <summary>
/// Everything in a referral that identifies or describes the person. It stays inside the clinical
/// event store; nothing of it is ever mapped into a contract, a log line or a statistic. The date of birth is
/// optional (referrals made before it was asked have none); staff search by it, the statistics use the age band.
/// </summary>
public sealed record PersonalDetails(
    string Name,
    string Email,
    string? Phone,
    string? Organisation,
    string HelpWith,
    DateOnly? DateOfBirth = null
);

/// <summary>Consent to support is required; research contact is a separate, optional choice.</summary>
public sealed record Consents(bool ConsentToSupport, bool ResearchContact);

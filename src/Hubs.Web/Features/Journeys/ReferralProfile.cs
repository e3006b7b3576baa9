namespace Hubs.Web.Features.Journeys;

/// <summary>
/// The non-identifying facts a keyworker gives about their work and equity groups. Each is a fixed
/// category (never free text), so it can travel to the anonymised statistics as it is.
/// </summary>
public sealed record ReferralProfile(
    Sector Sector,
    StaffGroup StaffGroup,
    AgeBand AgeBand,
    Sex Sex,
    EthnicityGroup EthnicityGroup,
    Disability Disability
);

namespace Hubs.Contracts.Journeys;

/// <summary>
/// A keyworker's self-referral reached the Hub. Only coarse bands travel: sector, staff group and the
/// equity groups, each as a fixed category code ("not-stated" where the person chose not to say).
/// </summary>
public sealed record ReferralSubmitted(
    string JourneyKey,
    string HubId,
    long StreamVersion,
    string IsoWeek,
    string Month,
    string Sector,
    string StaffGroup,
    string AgeBand,
    string Sex,
    string EthnicityGroup,
    string Disability,
    bool IsReReferral
) : IJourneyMilestone;

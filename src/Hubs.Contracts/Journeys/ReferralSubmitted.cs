namespace Hubs.Contracts.Journeys;

/// <summary>
/// A keyworker's self-referral reached the Hub. Only coarse bands travel: sector, staff group and the
/// equity groups, each as a fixed category code ("not-stated" where the person chose not to say). How the keyworker
/// heard about the Hub (a code, "not-given" when unanswered) and the channel ("online" or "phone") are coded too.
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
    bool IsReReferral,
    string HeardFrom = ReferralSourceCodes.NotGiven,
    string Channel = ReferralSourceCodes.Online
) : IJourneyMilestone;

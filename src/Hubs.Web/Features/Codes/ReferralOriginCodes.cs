namespace Hubs.Web.Features.Codes;

/// <summary>
/// How the keyworker heard about the Hub (an optional coded answer of the referral). Not personal on its own
/// (src/DOMAIN-RULES.md, "Where referrals come from"), so it stays in clear and travels to the statistics.
/// </summary>
public enum ReferralSource
{
    Colleague,
    Manager,
    OccupationalHealth,
    HubOutreach,
    GroupSession,
    Gp,
    Online,
    Other,
}

/// <summary>How the referral reached the Hub: the keyworker's own online form, or Hub staff on the phone.</summary>
public enum ReferralChannel
{
    Online,
    Phone,
}

/// <summary>How the keyworker is coping compared with when they referred themselves.</summary>
public enum Coping
{
    Better,
    Same,
    Worse,
}

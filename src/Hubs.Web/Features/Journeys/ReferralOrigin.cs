namespace Hubs.Web.Features.Journeys;

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

/// <summary>
/// Where a referral came from: the keyworker's answer (null when not given) and the channel; a phone referral
/// names the staff member who took it. Absent on referrals recorded before it was asked (read as online, not stated).
/// </summary>
public sealed record ReferralOrigin(ReferralSource? HeardFrom, ReferralChannel Channel, Guid? TakenBy = null)
{
    public static ReferralOrigin Unknown { get; } = new(null, ReferralChannel.Online);
}

namespace Hubs.Web.Features.Journeys;

/// <summary>
/// Where a referral came from: the keyworker's answer (null when not given) and the channel; a phone referral
/// names the staff member who took it. Absent on referrals recorded before it was asked (read as online, not stated).
/// </summary>
public sealed record ReferralOrigin(ReferralSource? HeardFrom, ReferralChannel Channel, Guid? TakenBy = null)
{
    public static ReferralOrigin Unknown { get; } = new(null, ReferralChannel.Online);
}

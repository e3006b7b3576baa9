namespace Hubs.Web.Features.Journeys.TakingReferralByPhone;

/// <summary>
/// A one-time code by which the keyworker of a referral taken by phone claims it. Only the code's SHA-256 is kept
/// (<see cref="Id"/>): the code itself is shown once to the staff member who issued it. It expires, is used once,
/// and issuing a new code for the journey deletes the earlier ones.
/// </summary>
public sealed class JourneyClaimCode
{
    /// <summary>The code's hash, lower-case hex: how a typed code is found.</summary>
    public string Id { get; set; } = "";

    public Guid JourneyId { get; set; }

    public string HubId { get; set; } = "";

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? UsedAt { get; set; }

    public bool IsUsable(DateTimeOffset now) => UsedAt is null && now < ExpiresAt;
}

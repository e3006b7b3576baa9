namespace Hubs.Web.Features.Journeys.Access;

/// <summary>
/// A clinician's recorded, time-limited access to a journey outside their caseload, with the reason
/// they gave. Every read under it is flagged for the hub lead.
/// </summary>
public sealed record BreakGlassGrant(
    Guid Id,
    Guid JourneyId,
    Guid StaffId,
    string Reason,
    DateTimeOffset GrantedAt,
    DateTimeOffset ExpiresAt
)
{
    /// <summary>Project rule: break-glass access lasts one hour, then must be asked for again.</summary>
    public static readonly TimeSpan Lasts = TimeSpan.FromHours(1);

    public bool IsActive(DateTimeOffset now) => now < ExpiresAt;

    /// <summary>A new grant from now, for the API and the clinician pages alike.</summary>
    public static BreakGlassGrant Issue(Guid journeyId, Guid staffId, string reason, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(reason);
        return new(Guid.CreateVersion7(), journeyId, staffId, reason.Trim(), now, now + Lasts);
    }
}

namespace Hubs.Web.Features.Journeys.Access;

/// <summary>
/// One read of an identifiable journey: who, when, which, why. Written in the same request as the
/// read, before the data is returned; if it cannot be written the read fails.
/// </summary>
public sealed record ReadAuditEntry(
    Guid Id,
    Guid JourneyId,
    string HubId,
    Guid StaffId,
    StaffRole Role,
    DateTimeOffset At,
    string What,
    ReadPurpose Purpose,
    bool BreakGlass,
    string? BreakGlassReason
);

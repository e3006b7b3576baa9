namespace Hubs.Web.Features.Privacy;

/// <summary>
/// The audit entry of one destroyed data key: whose (the keyworker's pseudonymous id and journeys), on
/// which ground, who ran it and under which decision (e.g. the DPO's reference). No personal data.
/// </summary>
public sealed record KeyDestructionRecord(
    Guid Id,
    Guid KeyworkerId,
    IReadOnlyList<Guid> JourneyIds,
    ShreddingGround Ground,
    string RequestedBy,
    string? Reference,
    DateTimeOffset DestroyedAt
);

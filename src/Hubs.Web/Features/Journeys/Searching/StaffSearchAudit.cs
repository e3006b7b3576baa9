using Hubs.Web.Features.Journeys.Access;

namespace Hubs.Web.Features.Journeys.Searching;

/// <summary>
/// One staff search, for the lead's audit view: who, when, what kind of query and which journeys it showed. Never the
/// words or date typed (they are personal data); the journeys shown say whose details were put on screen.
/// </summary>
public sealed record StaffSearchAudit(
    Guid Id,
    string HubId,
    Guid StaffId,
    StaffRole Role,
    DateTimeOffset At,
    SearchKind Kind,
    IReadOnlyList<Guid> Shown
);

namespace Hubs.Web.Features.Consultations;

/// <summary>
/// A manager asked the Hub for advice on supporting their team or one of their staff. Only codes are kept: the
/// advice area, whether it was about a team or an individual, the manager's organisation type and sector. There is
/// no field for a name, of the manager, the team or anyone in it.
/// </summary>
public sealed record ConsultationRecorded(
    Guid ConsultationId,
    string HubId,
    DateOnly HeldOn,
    ConsultationAbout About,
    AdviceArea AdviceArea,
    PartnerSector Sector,
    OrganisationType OrganisationType,
    DateTimeOffset RecordedAt
) : IHubWorkEvent;

/// <summary>The advice led to a team session, recorded as a team activity of the same Hub.</summary>
public sealed record ConsultationFollowedByTeamSession(
    Guid ConsultationId,
    Guid TeamActivityId,
    DateTimeOffset LinkedAt
) : IHubWorkEvent;

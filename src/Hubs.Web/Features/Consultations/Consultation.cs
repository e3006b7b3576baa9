namespace Hubs.Web.Features.Consultations;

/// <summary>
/// A manager's consultation with the Hub, an inline snapshot of its own stream and the lists' read model: when,
/// what about (codes only), the manager's organisation type and sector, and the team session that followed, if any.
/// </summary>
public sealed record Consultation(
    Guid Id,
    string HubId,
    DateOnly HeldOn,
    ConsultationAbout About,
    AdviceArea AdviceArea,
    PartnerSector Sector,
    OrganisationType OrganisationType,
    DateTimeOffset RecordedAt
) : IStreamSnapshot
{
    public long Version { get; set; }

    /// <summary>The team session (a team activity of the same Hub) that followed the advice.</summary>
    public Guid? TeamActivityId { get; init; }

    public static Consultation Create(ConsultationRecorded e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new(
            e.ConsultationId,
            e.HubId,
            e.HeldOn,
            e.About,
            e.AdviceArea,
            e.Sector,
            e.OrganisationType,
            e.RecordedAt
        );
    }

    public Consultation Apply(ConsultationFollowedByTeamSession e) => this with { TeamActivityId = e.TeamActivityId };
}

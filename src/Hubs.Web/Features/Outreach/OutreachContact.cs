namespace Hubs.Web.Features.Outreach;

/// <summary>
/// One piece of outreach (a promotion visit, a team briefing, a talk to a partner organisation), an inline
/// snapshot of its own stream and the list's read model: the kind, the organisation type and sector, and how many
/// attended. The organisation is never named.
/// </summary>
public sealed record OutreachContact(
    Guid Id,
    string HubId,
    DateOnly HeldOn,
    OutreachKind Kind,
    PartnerSector Sector,
    OrganisationType OrganisationType,
    int Attendees,
    DateTimeOffset RecordedAt
)
{
    public long Version { get; set; }

    public static OutreachContact Create(OutreachRecorded e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new(e.OutreachId, e.HubId, e.HeldOn, e.Kind, e.Sector, e.OrganisationType, e.Attendees, e.RecordedAt);
    }
}

/// <summary>
/// The Hub reached an organisation: the kind of contact, the organisation type and sector, and a head count of those
/// who attended — never the organisation's name or anyone in it.
/// </summary>
public sealed record OutreachRecorded(
    Guid OutreachId,
    string HubId,
    DateOnly HeldOn,
    OutreachKind Kind,
    PartnerSector Sector,
    OrganisationType OrganisationType,
    int Attendees,
    DateTimeOffset RecordedAt
) : IHubWorkEvent;

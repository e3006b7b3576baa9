namespace Hubs.Web.Features.Journeys.SubmittingSelfReferral;

/// <summary>
/// A self-referral being filled in, one step at a time: a Marten document keyed by a random id the pages carry
/// in their address (no session cookie, no server memory), destroyed on submission or when it expires.
/// </summary>
public sealed class ReferralDraft
{
    public Guid Id { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public string? Name { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public DateOnly? DateOfBirth { get; set; }

    public ContactSafety Contact { get; set; } = new();

    public string? HubId { get; set; }

    public Sector? Sector { get; set; }

    public StaffGroup? StaffGroup { get; set; }

    public string? Organisation { get; set; }

    public AgeBand? AgeBand { get; set; }

    public Sex? Sex { get; set; }

    public EthnicityGroup? EthnicityGroup { get; set; }

    public Disability? Disability { get; set; }

    public string? HelpWith { get; set; }

    public SupportPreferences Support { get; set; } = new();

    public bool ConsentToSupport { get; set; }

    public bool? ResearchContact { get; set; }

    public ReferralSource? HeardFrom { get; set; }

    /// <summary>The hand-over code a peer supporter gave, carried from the start link; null when none.</summary>
    public string? HandOverCode { get; set; }

    public bool LinkToAdverseEvent { get; set; }

    public SubmitSelfReferral ToCommand() =>
        new(
            HubId ?? "",
            Name ?? "",
            Email ?? "",
            Phone,
            Organisation,
            Sector,
            StaffGroup,
            AgeBand,
            Sex,
            EthnicityGroup,
            Disability,
            HelpWith ?? "",
            ConsentToSupport,
            ResearchContact ?? false,
            Contact: Contact.ToPreferences(),
            Support: Support,
            DateOfBirth: DateOfBirth,
            HeardFrom: HeardFrom,
            HandOverCode: HandOverCode,
            LinkToAdverseEvent: LinkToAdverseEvent
        );
}

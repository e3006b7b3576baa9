namespace Hubs.Web.Features.Codes;

/// <summary>An intervision group (peers reflect on cases and their own reactions) or a clinical café.</summary>
public enum GroupKind
{
    IntervisionGroup,
    ClinicalCafe,
}

public enum GroupCadence
{
    Weekly,
    Fortnightly,
    Monthly,
    Quarterly,
}

/// <summary>
/// Who facilitates: a Hub clinician, a trained peer supporter from the register, or an external intervisor.
/// </summary>
public enum FacilitatorKind
{
    HubClinician,
    PeerSupporter,
    ExternalIntervisor,
}

/// <summary>Whether the members share a profession (or a department), or are mixed.</summary>
public enum GroupMix
{
    Same,
    Mixed,
}

/// <summary>Why a meeting did not take place: a code, never free text.</summary>
public enum MeetingCancellationReason
{
    ClinicalPressures,
    FacilitatorUnavailable,
    TooFewMembers,
    ProtectedTimeWithdrawn,
    RoomOrTimeUnavailable,
    Other,
}

public enum MeetingStatus
{
    Scheduled,
    Held,
    Cancelled,
}

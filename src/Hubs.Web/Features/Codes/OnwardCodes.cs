namespace Hubs.Web.Features.Codes;

/// <summary>Where in the journey a clinician sent someone on (src/DOMAIN-RULES.md, "Onward referral").</summary>
public enum OnwardStage
{
    Triage,
    Assessment,
    Review,
    Discharge,
}

/// <summary>
/// Signposting gives information only; a referral is sent to the service and has an outcome to follow.
/// </summary>
public enum OnwardKind
{
    Signpost,
    Referral,
}

public enum OnwardReason
{
    NeedsSpecialistCare,
    OutsideHubOffer,
    AlongsideHubSupport,
    ClientPreference,
    WorkplaceMatter,
    PracticalOrSocialNeed,
    Other,
}

/// <summary>What came of it; a referral is open until its outcome is anything but still waiting.</summary>
public enum OnwardOutcome
{
    Accepted,
    Declined,
    StillWaiting,
    Unknown,
}

public enum StepDirection
{
    Up,
    Down,
    Across,
}

public enum StepReason
{
    NotImproving,
    Improved,
    RiskChanged,
    NeedsClearer,
    ClientPreference,
    Other,
}

namespace Hubs.Web.Features.Codes;

/// <summary>Where a journey stands (src/DOMAIN-RULES.md). The last three are endings: nothing follows them.</summary>
public enum JourneyStatus
{
    Submitted,
    Screened,
    Triaged,
    Assessed,
    Waiting,
    InSupport,
    ClosedAtTriage,
    Discharged,
    Withdrawn,
}

public enum TriageOutcome
{
    Assess,
    SignpostElsewhere,
    NotSuitable,
}

public enum InterventionType
{
    GuidedSelfHelp,
    Cbt,
    TraumaFocusedCbt,
    Emdr,
    Counselling,
    Group,
    Other,
}

public enum DischargeReason
{
    Completed,
    DroppedOut,
    Declined,
    MovedOn,
    NoContact,
}

namespace Hubs.Web.Features.Codes;

/// <summary>
/// When in the journey a measure was taken: screening, assessment, a review or session, or discharge; or by the
/// keyworker before a session (only through their own pre-session questions, never chosen by a clinician).
/// </summary>
public enum MeasureOccasion
{
    Screening,
    Assessment,
    Session,
    Review,
    Discharge,
    PreSession,
}

/// <summary>Where a risk signal came from; every place the person's care is decided shows it with its date.</summary>
public enum RiskSource
{
    Screening,
    Session,
    ClinicianConcern,
    Message,
    BeforeSession,

    /// <summary>The self-harm question of the waiting-well check-in (issue 20).</summary>
    CheckIn,
}

public enum SearchKind
{
    Name,
    DateOfBirth,
    Email,
    Reference,
}

public enum Change
{
    None,
    ReliableImprovement,
    ReliableDeterioration,
}

/// <summary>Why a record was opened, derived from the access path (never typed by the reader).</summary>
public enum ReadPurpose
{
    DirectCare,
    Triage,
    HubOversight,
    BreakGlass,
}

namespace Hubs.Web.Features.Codes;

/// <summary>The two points of a journey where the service is evaluated: the assessment and the discharge.</summary>
public enum EvaluationOccasion
{
    Assessment,
    Discharge,
}

/// <summary>What brought the keyworker to the Hub, as the clinician codes it at assessment (many may apply).</summary>
public enum PresentingTheme
{
    TraumaticEventAtWork,
    AdverseIncident,
    MoralInjury,
    Bereavement,
    Burnout,
    BullyingOrHarassment,
    Racism,
    LongCovid,
    RelationshipOrHomeStress,
    Other,
}

/// <summary>Whether the keyworker is at work, on restricted duties or off work.</summary>
public enum WorkStatus
{
    AtWork,
    RestrictedDuties,
    OffWork,
}

/// <summary>Whether the keyworker is thinking of leaving, and what: their role, organisation or profession.</summary>
public enum LeavingIntention
{
    No,
    Role,
    Organisation,
    Profession,
}

/// <summary>The Friends-and-Family-style overall answer about the service.</summary>
public enum ExperienceRating
{
    VeryGood,
    Good,
    Neither,
    Poor,
    VeryPoor,
    DontKnow,
}

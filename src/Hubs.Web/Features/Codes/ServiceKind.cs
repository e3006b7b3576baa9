namespace Hubs.Web.Features.Codes;

/// <summary>
/// What kind of service a directory entry is. Only the kind ever leaves the clinical side (src/DOMAIN-RULES.md,
/// "Onward referral"): a named small service in a small Hub could point at a person.
/// </summary>
public enum ServiceKind
{
    Gp,
    TalkingTherapies,
    CommunityMentalHealth,
    SpecialistTrauma,
    OccupationalHealth,
    EmployeeAssistance,
    CharityOrHelpline,
    Other,
}

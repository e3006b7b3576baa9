using Hubs.Contracts.TeamActivities;

namespace Hubs.Contracts.HubWork;

/// <summary>
/// A manager's consultation with the Hub was recorded, or a team session followed it
/// (<see cref="HubWorkCodes.ConsultationSteps"/>): the consultation's keyed pseudonym, the ISO week and month it was
/// held in, the advice area, whether it was about a team or an individual, and the manager's organisation type and
/// sector (codes of <see cref="HubWorkCodes"/>). Never a person, team or organisation by name.
/// </summary>
public sealed record ConsultationRecorded(
    string ActivityKey,
    string HubId,
    long StreamVersion,
    string IsoWeek,
    string Month,
    string Step,
    string AdviceArea,
    string About,
    string OrganisationType,
    string Sector
) : ITeamActivityMilestone;

/// <summary>
/// The Hub reached an organisation (a promotion visit, team briefing or talk): the contact's keyed pseudonym, the ISO
/// week and month, its kind, the organisation's type and sector, and a head count of those who attended. Never the
/// organisation's name or anyone in it.
/// </summary>
public sealed record OutreachRecorded(
    string ActivityKey,
    string HubId,
    long StreamVersion,
    string IsoWeek,
    string Month,
    string Kind,
    string OrganisationType,
    string Sector,
    int Attendees
) : ITeamActivityMilestone;

public static class HubWorkCodes
{
    public const string Recorded = "recorded";
    public const string TeamSessionFollowed = "team-session-followed";

    public static readonly IReadOnlyList<string> ConsultationSteps = [Recorded, TeamSessionFollowed];

    public static readonly IReadOnlyList<string> AdviceAreas =
    [
        "supporting-after-incident",
        "sickness-absence",
        "team-conflict",
        "bereavement",
        "burnout",
        "return-to-work",
        "organisational-change",
        "other",
    ];

    public static readonly IReadOnlyList<string> About = ["team", "individual"];

    /// <summary>The partner organisation's sector, as the referral's own sector codes read.</summary>
    public static readonly IReadOnlyList<string> Sectors =
    [
        "health",
        "social-care",
        "police",
        "fire",
        "care-home",
        "other",
    ];

    public static readonly IReadOnlyList<string> OrganisationTypes =
    [
        "hospital-trust",
        "mental-health-trust",
        "community-health",
        "gp-practice",
        "ambulance",
        "care-home",
        "home-care",
        "social-care-team",
        "police",
        "fire",
        "other",
    ];

    public static readonly IReadOnlyList<string> OutreachKinds =
    [
        "promotion-visit",
        "team-briefing",
        "partner-talk",
        "other",
    ];
}

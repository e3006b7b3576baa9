using Hubs.Web.Features.Shared;

namespace Hubs.Web.Features.Wording.Clinic;

/// <summary>The partner categories in the clinic pages' words (consultations and outreach ask both).</summary>
public static class PartnerWords
{
    public static readonly IReadOnlyList<Choice> Sectors =
    [
        new(nameof(PartnerSector.Health), "Health"),
        new(nameof(PartnerSector.SocialCare), "Social care"),
        new(nameof(PartnerSector.Police), "Police"),
        new(nameof(PartnerSector.Fire), "Fire and rescue"),
        new(nameof(PartnerSector.CareHome), "Care homes"),
        new(nameof(PartnerSector.Other), "Other"),
    ];

    public static readonly IReadOnlyList<Choice> OrganisationTypes =
    [
        new(nameof(OrganisationType.HospitalTrust), "Hospital trust"),
        new(nameof(OrganisationType.MentalHealthTrust), "Mental health trust"),
        new(nameof(OrganisationType.CommunityHealth), "Community health service"),
        new(nameof(OrganisationType.GpPractice), "GP practice"),
        new(nameof(OrganisationType.Ambulance), "Ambulance service"),
        new(nameof(OrganisationType.CareHome), "Care home"),
        new(nameof(OrganisationType.HomeCare), "Home care provider"),
        new(nameof(OrganisationType.SocialCareTeam), "Social care team"),
        new(nameof(OrganisationType.Police), "Police force"),
        new(nameof(OrganisationType.Fire), "Fire and rescue service"),
        new(nameof(OrganisationType.Other), "Other"),
    ];

    public static string Of(IReadOnlyList<Choice> choices, Enum value)
    {
        ArgumentNullException.ThrowIfNull(choices);
        ArgumentNullException.ThrowIfNull(value);
        return choices.First(c => c.Value == value.ToString()).Text;
    }
}

using Hubs.Web.Features.Shared;

namespace Hubs.Web.Features.Wording.Keyworker;

/// <summary>The words shown for each category of the referral; the enum names are what is posted and stored.</summary>
public static partial class KeyworkerWords
{
    private const string PreferNotToSay = "Prefer not to say";

    public static string Of(Sector sector) =>
        sector switch
        {
            Sector.Health => "Health care (NHS or independent)",
            Sector.SocialCare => "Social care",
            Sector.Police => "Police",
            Sector.Fire => "Fire and rescue",
            Sector.CareHome => "Care home",
            Sector.Other => "Somewhere else",
            _ => throw Unnamed(sector),
        };

    /// <summary>Staff groups in words a person recognises from their own job.</summary>
    public static string Of(StaffGroup group) =>
        group switch
        {
            StaffGroup.Nursing => "Nursing or midwifery",
            StaffGroup.Medical => "Doctor or dentist",
            StaffGroup.AlliedHealth => "Allied health professional, such as a physiotherapist or paramedic",
            StaffGroup.HealthcareSupport => "Healthcare support worker",
            StaffGroup.Ambulance => "Ambulance crew or control room",
            StaffGroup.SocialWork => "Social worker",
            StaffGroup.CareWorker => "Care worker",
            StaffGroup.PoliceOfficer => "Police officer",
            StaffGroup.PoliceStaff => "Police staff",
            StaffGroup.Firefighter => "Firefighter",
            StaffGroup.FireStaff => "Fire and rescue staff",
            StaffGroup.AdministrativeAndClerical => "Administrative or clerical",
            StaffGroup.EstatesAndAncillary => "Estates, cleaning, catering or porter",
            StaffGroup.Management => "Manager",
            StaffGroup.Other => "Something else",
            _ => throw Unnamed(group),
        };

    public static string Of(AgeBand band) =>
        band switch
        {
            AgeBand.Under25 => "Under 25",
            AgeBand.From25To34 => "25 to 34",
            AgeBand.From35To44 => "35 to 44",
            AgeBand.From45To54 => "45 to 54",
            AgeBand.From55To64 => "55 to 64",
            AgeBand.From65 => "65 or over",
            AgeBand.NotStated => PreferNotToSay,
            _ => throw Unnamed(band),
        };

    public static string Of(Sex sex) =>
        sex switch
        {
            Sex.Female => "Female",
            Sex.Male => "Male",
            Sex.NotStated => PreferNotToSay,
            _ => throw Unnamed(sex),
        };

    public static string Of(EthnicityGroup group) =>
        group switch
        {
            EthnicityGroup.Asian => "Asian or Asian British",
            EthnicityGroup.Black => "Black, Black British, Caribbean or African",
            EthnicityGroup.Mixed => "Mixed or multiple ethnic groups",
            EthnicityGroup.White => "White",
            EthnicityGroup.Other => "Another ethnic group",
            EthnicityGroup.NotStated => PreferNotToSay,
            _ => throw Unnamed(group),
        };

    public static string Of(Disability disability) =>
        disability switch
        {
            Disability.Yes => "Yes",
            Disability.No => "No",
            Disability.NotStated => PreferNotToSay,
            _ => throw Unnamed(disability),
        };

    /// <summary>Any referral category's words, or nothing when it is not answered yet.</summary>
    public static string OfAnswer(Enum? value) =>
        value switch
        {
            null => "",
            Sector sector => Of(sector),
            StaffGroup group => Of(group),
            AgeBand band => Of(band),
            Sex sex => Of(sex),
            EthnicityGroup group => Of(group),
            Disability disability => Of(disability),
            _ => throw new ArgumentOutOfRangeException(nameof(value), value, "No keyworker words for this answer."),
        };

    /// <summary>Every value of a referral category, posted by its enum name and shown in words.</summary>
    public static IReadOnlyList<Choice> Choices<T>()
        where T : struct, Enum => [.. Enum.GetValues<T>().Select(v => new Choice(v.ToString(), OfAnswer(v)))];
}

using System.Text.Json.Serialization;

namespace Hubs.Web.Features.Codes;

public enum Sector
{
    Health,
    SocialCare,
    Police,
    Fire,
    CareHome,
    Other,
}

public enum StaffGroup
{
    Nursing,
    Medical,
    AlliedHealth,
    HealthcareSupport,
    Ambulance,
    SocialWork,
    CareWorker,
    PoliceOfficer,
    PoliceStaff,
    Firefighter,
    FireStaff,
    AdministrativeAndClerical,
    EstatesAndAncillary,
    Management,
    Other,
}

public enum AgeBand
{
    [JsonStringEnumMemberName("under-25")]
    Under25,

    [JsonStringEnumMemberName("25-34")]
    From25To34,

    [JsonStringEnumMemberName("35-44")]
    From35To44,

    [JsonStringEnumMemberName("45-54")]
    From45To54,

    [JsonStringEnumMemberName("55-64")]
    From55To64,

    [JsonStringEnumMemberName("65-and-over")]
    From65,

    [JsonStringEnumMemberName("not-stated")]
    NotStated,
}

public enum Sex
{
    Female,
    Male,
    NotStated,
}

/// <summary>The broad ethnic groups of the 2021 England and Wales census.</summary>
public enum EthnicityGroup
{
    Asian,
    Black,
    Mixed,
    White,
    Other,
    NotStated,
}

public enum Disability
{
    Yes,
    No,
    NotStated,
}

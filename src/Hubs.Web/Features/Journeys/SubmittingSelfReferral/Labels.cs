using Hubs.Web.Features.Shared;

namespace Hubs.Web.Features.Journeys.SubmittingSelfReferral;

/// <summary>The words shown for each category of the referral; the enum names are what is posted and stored.</summary>
public static class Labels
{
    private const string PreferNotToSay = "Prefer not to say";

    private static readonly Dictionary<Enum, string> Texts = new()
    {
        [Sector.Health] = "Health care (NHS or independent)",
        [Sector.SocialCare] = "Social care",
        [Sector.Police] = "Police",
        [Sector.Fire] = "Fire and rescue",
        [Sector.CareHome] = "Care home",
        [Sector.Other] = "Somewhere else",
        [AgeBand.Under25] = "Under 25",
        [AgeBand.From25To34] = "25 to 34",
        [AgeBand.From35To44] = "35 to 44",
        [AgeBand.From45To54] = "45 to 54",
        [AgeBand.From55To64] = "55 to 64",
        [AgeBand.From65] = "65 or over",
        [AgeBand.NotStated] = PreferNotToSay,
        [Sex.Female] = "Female",
        [Sex.Male] = "Male",
        [Sex.NotStated] = PreferNotToSay,
        [EthnicityGroup.Asian] = "Asian or Asian British",
        [EthnicityGroup.Black] = "Black, Black British, Caribbean or African",
        [EthnicityGroup.Mixed] = "Mixed or multiple ethnic groups",
        [EthnicityGroup.White] = "White",
        [EthnicityGroup.Other] = "Another ethnic group",
        [EthnicityGroup.NotStated] = PreferNotToSay,
        [Disability.Yes] = "Yes",
        [Disability.No] = "No",
        [Disability.NotStated] = PreferNotToSay,
    };

    static Labels()
    {
        foreach (var (group, text) in StaffGroupTexts.All)
        {
            Texts[group] = text;
        }
    }

    public static string Text(Enum? value) => value is null ? "" : Texts[value];

    public static IReadOnlyList<Choice> Choices<T>()
        where T : struct, Enum => [.. Enum.GetValues<T>().Select(v => new Choice(v.ToString(), Texts[v]))];

    public static IReadOnlyCollection<string> Selected(Enum? value) => value is null ? [] : [value.ToString()];
}

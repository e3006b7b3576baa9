using Hubs.Web.Features.Journeys;
using Hubs.Web.Features.Journeys.SubmittingSelfReferral;

namespace Hubs.Web.Operations.Scale;

/// <summary>
/// The invented person behind synthetic journey <c>n</c>: a name from small lists (so staff search finds several
/// people per name, as it would nationally), an example.invalid address and a profile drawn with the journey's
/// own random numbers. The same <c>n</c> always gives the same person, so a resumed run writes what a whole one would.
/// </summary>
public static class ScalePeople
{
    private static readonly string[] Given =
    [
        "Jordan",
        "Priya",
        "Tomasz",
        "Amara",
        "Eilidh",
        "Kwame",
        "Sofia",
        "Rhys",
        "Mei",
        "Idris",
        "Hannah",
        "Oluwaseun",
    ];
    private static readonly string[] Family =
    [
        "Ellis",
        "Khan",
        "Nowak",
        "Mensah",
        "MacLeod",
        "Owusu",
        "Rossi",
        "Pryce",
        "Chen",
        "Hughes",
        "Adeyemi",
        "Walsh",
        "Patel",
    ];

    public static string NameOf(int n) => $"{Given[n % Given.Length]} {Family[n / Given.Length % Family.Length]}";

    public static SubmitSelfReferral Referral(int n, string hubId, Random random) =>
        new(
            hubId,
            NameOf(n),
            $"scale.{n}@example.invalid",
            $"07700 9{n % 100000:00000}",
            random.Next(2) == 0 ? "Synthetic NHS Trust" : null,
            Pick<Sector>(random),
            Pick<StaffGroup>(random),
            Pick<AgeBand>(random),
            Pick<Sex>(random),
            Pick<EthnicityGroup>(random),
            Pick<Disability>(random),
            "Low mood and poor sleep after a hard year at work (synthetic).",
            ConsentToSupport: true,
            ResearchContact: random.Next(3) == 0,
            DateOfBirth: new DateOnly(1960 + random.Next(45), 1 + random.Next(12), 1 + random.Next(28))
        );

    private static T Pick<T>(Random random)
        where T : struct, Enum
    {
        var values = Enum.GetValues<T>();
        return values[random.Next(values.Length)];
    }
}

using Hubs.Insights.Metrics;

namespace Hubs.Insights.Features.Tables;

/// <summary>
/// Every category of each breakdown, as the contracts carry them (Hubs.Web's category codes), and "Not
/// stated". A breakdown lists all of them, 0 and * included, so the shape of a table never tells who is in it.
/// A code the list does not know (a contract violation) counts as not stated rather than making a row of its own.
/// </summary>
public static class Categories
{
    private static readonly Dictionary<Dimension, string[]> Codes = new()
    {
        [Dimension.Sector] = [.. Sectors.Codes],
        [Dimension.StaffGroup] =
        [
            "nursing",
            "medical",
            "allied-health",
            "healthcare-support",
            "ambulance",
            "social-work",
            "care-worker",
            "police-officer",
            "police-staff",
            "firefighter",
            "fire-staff",
            "administrative-and-clerical",
            "estates-and-ancillary",
            "management",
            "other",
        ],
        [Dimension.EthnicityGroup] = ["asian", "black", "mixed", "white", "other"],
        [Dimension.Sex] = ["female", "male"],
        [Dimension.AgeBand] = ["under-25", "25-34", "35-44", "45-54", "55-64", "65-and-over"],
        [Dimension.Disability] = ["yes", "no"],
    };

    /// <summary>The rows of a breakdown: every code, then "Not stated".</summary>
    public static IReadOnlyList<string> Of(Dimension dimension) => [.. Codes[dimension], Dimensions.NotStated];

    public static string GroupOf(JourneyFacts facts, Dimension dimension)
    {
        // The list's own string, not the journey's: a refill's rows of one group are then the very same string.
        var group = Dimensions.GroupOf(facts, dimension);
        foreach (var code in Codes[dimension])
        {
            if (string.Equals(code, group, StringComparison.Ordinal))
            {
                return code;
            }
        }

        return Dimensions.NotStated;
    }
}

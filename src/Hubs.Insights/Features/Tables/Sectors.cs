namespace Hubs.Insights.Features.Tables;

/// <summary>The sector codes the contracts carry (Hubs.Web's <c>Sector</c> categories), with their names.</summary>
public static class Sectors
{
    public static IReadOnlyDictionary<string, string> Names { get; } =
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["health"] = "Health",
            ["social-care"] = "Social care",
            ["police"] = "Police",
            ["fire"] = "Fire and rescue",
            ["care-home"] = "Care home",
            ["other"] = "Other",
        };

    public static IEnumerable<string> Codes => Names.Keys;
}

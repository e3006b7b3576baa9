using Hubs.Insights.Metrics;

namespace Hubs.Insights.Features.Tables;

/// <summary>The groups the equity table may break a cohort down by, with their codes in URLs and feeds.</summary>
public static class EquityBreakdown
{
    public static IReadOnlyDictionary<string, (Dimension Dimension, string Name)> ByCode { get; } =
        new Dictionary<string, (Dimension, string)>(StringComparer.Ordinal)
        {
            ["ethnicity-group"] = (Dimension.EthnicityGroup, "Ethnic group"),
            ["sex"] = (Dimension.Sex, "Sex"),
            ["age-band"] = (Dimension.AgeBand, "Age band"),
            ["disability"] = (Dimension.Disability, "Disability"),
            ["staff-group"] = (Dimension.StaffGroup, "Staff group"),
            ["sector"] = (Dimension.Sector, "Sector"),
        };

    public const string Default = "ethnicity-group";

    /// <summary>Whether a table of the catalogue is broken down by one of these groups (<c>by=</c>).</summary>
    public static bool Takes(string? table) => table is TableCatalogue.Equity or TableCatalogue.AllocationWishes;
}

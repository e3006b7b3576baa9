using Hubs.Insights.Features.Tables;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Insights.Features.Feeds;

/// <summary>A feed request: the table in the path, the filters and the format in the query string.</summary>
public sealed record FeedQuery(
    [property: FromRoute(Name = "table")] string Table,
    [property: FromQuery(Name = "hub")] string? Hub,
    [property: FromQuery(Name = "from")] string? From,
    [property: FromQuery(Name = "to")] string? To,
    [property: FromQuery(Name = "sector")] string? Sector,
    [property: FromQuery(Name = "by")] string? By,
    [property: FromQuery(Name = "format")] string? Format)
    : IFilterFields
{
    /// <summary>What each parameter means, for the OpenAPI document.</summary>
    public static IReadOnlyDictionary<string, string> Descriptions { get; } = new Dictionary<string, string>
    {
        ["table"] = "The table: trends, hubs, waits, outcomes, attendance, discharge-reasons, equity or team-support (GET /api/v1/feeds lists them).",
        ["hub"] = "One of your Hubs; all of them when left out.",
        ["from"] = "First month of referral, yyyy-MM, inclusive.",
        ["to"] = "Last month of referral, yyyy-MM, inclusive.",
        ["sector"] = "A sector code: health, social-care, police, fire, care-home or other (not for team-support).",
        ["by"] = "Equity table only: ethnicity-group (default), sex, age-band, disability or staff-group.",
        ["format"] = "json (default) or csv; an Accept: text/csv header also asks for CSV.",
    };
}

using Hubs.Insights.Features.Tables;
using Microsoft.AspNetCore.Mvc;

namespace Hubs.Insights.Features.Feeds;

/// <summary>
/// A feed request: the table in the path, the Hub, period, breakdown and format in the query string. The
/// v1 filters (from, to, sector) are read only to refuse them with a pointer to what replaced them.
/// </summary>
public sealed record FeedQuery(
    [property: FromRoute(Name = "table")] string Table,
    [property: FromQuery(Name = "hub")] string? Hub,
    [property: FromQuery(Name = "period")] string? Period,
    [property: FromQuery(Name = "by")] string? By,
    [property: FromQuery(Name = "format")] string? Format,
    [property: FromQuery(Name = "from")] string? From,
    [property: FromQuery(Name = "to")] string? To,
    [property: FromQuery(Name = "sector")] string? Sector
) : IPublicationFields
{
    /// <summary>What each parameter means, for the OpenAPI document.</summary>
    public static IReadOnlyDictionary<string, string> Descriptions { get; } =
        new Dictionary<string, string>
        {
            ["table"] =
                "The table: trends, hubs, waits, open-waits, outcomes, attendance, "
                + "discharge-reasons, equity, team-support or referral-sources (GET /api/v2/feeds lists them).",
            ["hub"] = "One of your Hubs (required, except for the hubs table, which has a row for each of yours).",
            ["period"] =
                "Required. "
                + Tables.Period.Hint
                + " Months are of referral (of the activity, for team-support). "
                + "Tables of Hub work (reflective-groups, adverse-event-response, workshops, consultations, "
                + "outreach and their by-sector and by-organisation-type tables) "
                + "take a quarter or financial year only.",
            ["by"] = "Equity table only: ethnicity-group (default), sex, age-band, disability, staff-group or sector.",
            ["format"] = "json (default) or csv; an Accept: text/csv header also asks for CSV.",
            ["from"] = "Retired with v1: use period. Answers 400.",
            ["to"] = "Retired with v1: use period. Answers 400.",
            ["sector"] = "Retired with v1: use the equity table with by=sector. Answers 400.",
        };
}
